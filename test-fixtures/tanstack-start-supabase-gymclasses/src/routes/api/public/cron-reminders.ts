import { createFileRoute } from '@tanstack/react-router';
import { supabaseAdmin } from '@/integrations/supabase/client.server';

// pg_cron calls this every hour with the shared secret
export const Route = createFileRoute('/api/public/cron-reminders')({
  server: {
    handlers: {
      // ok: missing-auth
      POST: async ({ request }) => {
        if (request.headers.get('authorization') !== `Bearer ${process.env.CRON_SECRET}`) {
          return new Response('Unauthorized', { status: 401 });
        }
        const soon = new Date(Date.now() + 3 * 60 * 60 * 1000).toISOString();
        // ok: unscoped-tenant-query
        const { data: classes } = await supabaseAdmin.from('classes').select('id, title, starts_at').lte('starts_at', soon);
        return Response.json({ queued: classes?.length ?? 0 });
      },
    },
  },
});
