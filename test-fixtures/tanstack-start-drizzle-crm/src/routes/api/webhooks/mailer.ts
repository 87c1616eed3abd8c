import { createFileRoute } from '@tanstack/react-router';
import { eq } from 'drizzle-orm';
import { db } from '../../../db';
import { contacts } from '../../../db/schema';

// bounce notifications from the e-mail provider: the signature header is never checked
export const Route = createFileRoute('/api/webhooks/mailer')({
  server: {
    handlers: {
      // expect: unverified-webhook
      POST: async ({ request }) => {
        const payload = (await request.json()) as { type: string; data: { email: string } };
        if (payload.type === 'email.bounced') {
          // ok: unscoped-tenant-query
          await db.update(contacts).set({ email: '' }).where(eq(contacts.email, payload.data.email));
        }
        return new Response(null, { status: 204 });
      },
    },
  },
});
