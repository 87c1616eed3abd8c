// ok: missing-auth, missing-role-check
export default defineEventHandler(async () => {
  // `admin` is a company role (register.post.ts makes every founder one): each company's admin lists them all
  // expect: unscoped-tenant-query
  return db.select({ id: tables.companies.id, name: tables.companies.name }).from(tables.companies);
});
