import { createFileRoute } from '@tanstack/react-router';
import { createMiddleware } from '@tanstack/react-start';
import { eq } from 'drizzle-orm';
import { auth } from '../../../lib/auth';
import { db, venue } from '../../../db';

// puts the session on the context when there is one; never answers 401
const withSession = createMiddleware().server(async ({ next, request }) => {
  const session = await auth.api.getSession({ headers: request.headers });
  return next({ context: { orgId: session?.session.activeOrganizationId ?? null } });
});

export const Route = createFileRoute('/api/venues/')({
  server: {
    middleware: [withSession],
    handlers: {
      // the org comes from the query string when there is no session (for the widget)
      // expect: missing-auth
      GET: async ({ request, context }) => {
        const orgId = context.orgId ?? new URL(request.url).searchParams.get('org') ?? '';
        const rows = await db.select().from(venue).where(eq(venue.organizationId, orgId));
        return Response.json(rows);
      },
    },
  },
});
