import { createFileRoute } from '@tanstack/react-router';
import { z } from 'zod';
import { supabaseAdmin } from '@/integrations/supabase/client.server';

// the front-desk tablet checks members in: it was put under /api/public "so the tablet needs no login"
export const Route = createFileRoute('/api/public/checkin')({
  server: {
    handlers: {
      // expect: missing-auth
      POST: async ({ request }) => {
        const { bookingId } = z.object({ bookingId: z.string().uuid() }).parse(await request.json());
        await supabaseAdmin.from('bookings').update({ status: 'attended' }).eq('id', bookingId);
        return Response.json({ ok: true });
      },
    },
  },
});
