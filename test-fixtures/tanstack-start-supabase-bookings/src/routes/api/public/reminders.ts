import { createFileRoute } from '@tanstack/react-router';
import { supabaseAdmin } from '../../../integrations/supabase/client.server';

// the scheduler calls this every morning with the shared cron secret
export const Route = createFileRoute('/api/public/reminders')({
  server: {
    handlers: {
      // ok: missing-auth
      POST: async ({ request }) => {
        if (request.headers.get('x-cron-secret') !== process.env.CRON_SECRET) {
          return new Response('Forbidden', { status: 403 });
        }
        const { data } = await supabaseAdmin.from('bookings').select('id, user_id').eq('status', 'confirmed');
        return Response.json({ queued: data?.length ?? 0 });
      },
    },
  },
});
