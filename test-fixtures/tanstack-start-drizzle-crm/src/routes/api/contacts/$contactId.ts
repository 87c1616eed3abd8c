import { createFileRoute } from '@tanstack/react-router';
import { and, eq } from 'drizzle-orm';
import { db } from '../../../db';
import { contacts, deals } from '../../../db/schema';
import { apiAuth } from '../../../middleware/auth';

// the mobile app's contact screen
export const Route = createFileRoute('/api/contacts/$contactId')({
  server: {
    middleware: [apiAuth],
    handlers: {
      // ok: missing-auth
      GET: async ({ params, context }) => {
        // ok: unscoped-tenant-query
        const contact = await db.query.contacts.findFirst({
          where: and(eq(contacts.id, params.contactId), eq(contacts.organizationId, context.organizationId)),
        });
        if (!contact) return new Response('Not found', { status: 404 });
        return Response.json(contact);
      },
      // ok: missing-auth
      DELETE: async ({ params }) => {
        // expect: unscoped-tenant-query
        await db.delete(deals).where(eq(deals.contactId, params.contactId));
        return new Response(null, { status: 204 });
      },
    },
  },
});
