import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { bookings } from '../../database/schema';

const params = z.object({ id: z.coerce.number().int().positive() });

// ok: missing-auth
export default defineEventHandler({
  onRequest: [requireSignedIn],
  handler: async (event) => {
    const { user } = await getUserSession(event);
    const { id } = await getValidatedRouterParams(event, params.parse);
    // ok: unscoped-tenant-query
    const visit = await useDb().query.bookings.findFirst({
      where: and(eq(bookings.id, id), eq(bookings.agencyId, (user as { agencyId: number }).agencyId)),
    });
    if (!visit) throw createError({ statusCode: 404 });
    return visit;
  },
});
