import { createFileRoute } from '@tanstack/react-router';
import { put } from '../../../lib/storage';
import { apiAuth } from '../../../lib/middleware';

export const Route = createFileRoute('/api/venues/photos')({
  server: {
    middleware: [apiAuth],
    handlers: {
      // expect: missing-rate-limit
      POST: async ({ request, context }) => {
        // expect: unrestricted-upload
        const form = await request.formData();
        const file = form.get('photo');
        if (!(file instanceof File)) {
          return new Response('photo is required', { status: 400 });
        }
        const key = `${context.orgId}/venues/${crypto.randomUUID()}-${file.name}`;
        await put(key, await file.arrayBuffer(), file.type);
        return Response.json({ key });
      },
    },
  },
});
