import { createFileRoute } from '@tanstack/react-router';

export const Route = createFileRoute('/api/health')({
  server: {
    handlers: {
      // ok: missing-auth
      GET: async () => Response.json({ status: 'ok' }),
    },
  },
});
