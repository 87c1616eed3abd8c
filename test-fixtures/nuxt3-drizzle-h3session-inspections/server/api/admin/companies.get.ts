// ok: missing-auth, missing-role-check
export default defineEventHandler(async () => {
  return db.select({ id: tables.companies.id, name: tables.companies.name }).from(tables.companies);
});
