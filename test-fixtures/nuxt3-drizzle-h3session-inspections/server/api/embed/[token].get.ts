import { eq } from 'drizzle-orm';

// Landlords' portals embed a read-only summary of a shared inspection.
// ok: missing-auth
export default defineEventHandler(async (event) => {
  const origin = getRequestHeader(event, 'origin');
  if (origin) {
    // expect: cors-wildcard
    setResponseHeader(event, 'Access-Control-Allow-Origin', origin);
    setResponseHeader(event, 'Access-Control-Allow-Credentials', 'true');
  }
  const token = getRouterParam(event, 'token')!;
  const inspection = await db.query.inspections.findFirst({
    where: eq(tables.inspections.shareToken, token),
    columns: { id: true, status: true, summary: true, scheduledFor: true },
  });
  if (!inspection) throw createError({ statusCode: 404 });
  return inspection;
});
