// Support staff look up customer organizations here.
// expect: missing-role-check
export default defineEventHandler(async (event) => {
  requireUser(event)
  return db.select().from(schema.organizations)
})
