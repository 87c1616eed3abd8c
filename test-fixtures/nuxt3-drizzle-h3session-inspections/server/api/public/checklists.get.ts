// ok: missing-auth
export default defineEventHandler(async (event) => {
  // ok: cors-wildcard
  setResponseHeader(event, 'Access-Control-Allow-Origin', '*');
  return db.select().from(tables.checklistTemplates);
});
