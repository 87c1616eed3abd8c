import { sql } from 'drizzle-orm';

// ok: missing-auth
export default defineEventHandler(async (event) => {
  const user = await requireAgencyUser(event);
  const id = Number(getRouterParam(event, 'id'));
  // ok: unscoped-tenant-query
  const pet = useDb().get(sql`SELECT * FROM pets WHERE id = ${id} AND agency_id = ${user.agencyId}`);
  if (!pet) throw createError({ statusCode: 404 });
  return pet;
});
