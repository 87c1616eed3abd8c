import { agencies } from '../../database/schema';

// Agency directory for the support team
// expect: missing-role-check
// ok: missing-auth
export default defineEventHandler(async (event) => {
  await requireUserSession(event);
  // expect: unscoped-tenant-query
  return useDb().select().from(agencies);
});
