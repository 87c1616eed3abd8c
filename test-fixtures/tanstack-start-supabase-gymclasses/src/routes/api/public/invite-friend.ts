import { createFileRoute } from '@tanstack/react-router';
import { z } from 'zod';
import { supabaseAdmin } from '@/integrations/supabase/client.server';

const Body = z.object({ email: z.string().email(), referrerId: z.string().uuid() });

// "invite a friend" from the marketing page: public on purpose, but unthrottled, and it mails whoever is named
export const Route = createFileRoute('/api/public/invite-friend')({
  server: {
    handlers: {
      // ok: missing-auth
      // expect: missing-rate-limit
      POST: async ({ request }) => {
        const { email, referrerId } = Body.parse(await request.json());
        const { error } = await supabaseAdmin.auth.admin.inviteUserByEmail(email, { data: { referred_by: referrerId } });
        if (error) return Response.json({ error: 'Could not send the invite' }, { status: 400 });
        return Response.json({ sent: true });
      },
    },
  },
});
