import { createFileRoute } from '@tanstack/react-router';
import { createClient } from '@supabase/supabase-js';

const MAX_BYTES = 2 * 1024 * 1024;
const ALLOWED = ['image/png', 'image/jpeg', 'image/webp'];

export const Route = createFileRoute('/api/avatar/')({
  server: {
    handlers: {
      // ok: missing-auth
      // expect: missing-rate-limit
      POST: async ({ request }) => {
        const token = request.headers.get('authorization')?.replace('Bearer ', '');
        if (!token) return new Response('Unauthorized', { status: 401 });
        const supabase = createClient(process.env.SUPABASE_URL!, process.env.SUPABASE_PUBLISHABLE_KEY!, {
          global: { headers: { Authorization: `Bearer ${token}` } },
        });
        const { data: { user } } = await supabase.auth.getUser(token);
        if (!user) return new Response('Unauthorized', { status: 401 });

        // ok: unrestricted-upload
        const form = await request.formData();
        const file = form.get('avatar');
        if (!(file instanceof File)) return new Response('avatar is required', { status: 400 });
        if (file.size > MAX_BYTES) return new Response('Too large', { status: 413 });
        if (!ALLOWED.includes(file.type)) return new Response('Unsupported type', { status: 415 });

        const path = `${user.id}/${crypto.randomUUID()}`;
        const { error } = await supabase.storage.from('avatars').upload(path, file, { contentType: file.type });
        if (error) {
          // expect: error-details-leak
          return Response.json({ error: error.message, stack: (error as Error).stack }, { status: 500 });
        }
        // ok: unscoped-tenant-query
        await supabase.from('profiles').update({ avatar_url: path }).eq('id', user.id);
        return Response.json({ path });
      },
    },
  },
});
