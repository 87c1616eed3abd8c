import { createFileRoute } from '@tanstack/react-router';
import { createHmac } from 'node:crypto';
import { supabaseAdmin } from '@/integrations/supabase/client.server';

// the door-scanner vendor posts check-ins, signed with an HMAC of the body
export const Route = createFileRoute('/api/public/hooks/attendance')({
  server: {
    handlers: {
      // expect: unverified-webhook
      POST: async ({ request }) => {
        const raw = await request.text();
        const signature = request.headers.get('x-scanner-signature') ?? '';
        const expected = createHmac('sha256', process.env.SCANNER_WEBHOOK_SECRET!).update(raw).digest('hex');
        if (signature !== expected) {
          return new Response('Invalid signature', { status: 401 });
        }
        const payload = JSON.parse(raw) as { bookingId: string };
        await supabaseAdmin.from('bookings').update({ status: 'attended' }).eq('id', payload.bookingId);
        return new Response('ok');
      },
    },
  },
});
