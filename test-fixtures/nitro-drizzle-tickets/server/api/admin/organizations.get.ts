// Support staff look up customer organizations here.
// expect: missing-role-check
export default defineEventHandler(async (event) => {
  requireUser(event)
  // expect: unscoped-tenant-query
  return db.select().from(schema.organizations)
})
