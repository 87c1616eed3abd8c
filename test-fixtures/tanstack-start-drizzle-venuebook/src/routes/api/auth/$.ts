import { createFileRoute } from '@tanstack/react-router';
import { auth } from '../../../lib/auth';

export const Route = createFileRoute('/api/auth/$')({
  server: {
    handlers: {
      // ok: missing-auth
      GET: ({ request }) => auth.handler(request),
      // ok: missing-auth, missing-rate-limit
      POST: ({ request }) => auth.handler(request),
    },
  },
});
