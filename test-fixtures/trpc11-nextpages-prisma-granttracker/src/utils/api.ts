import { httpBatchLink } from '@trpc/client';
import { createTRPCNext } from '@trpc/next';
import superjson from 'superjson';
import type { AppRouter } from '~/server/api/root';

const getBaseUrl = () => (typeof window !== 'undefined' ? '' : process.env.NEXT_PUBLIC_APP_URL ?? 'http://localhost:3000');

export const api = createTRPCNext<AppRouter>({
  config() {
    return {
      links: [
        httpBatchLink({
          url: `${getBaseUrl()}/api/trpc`,
          transformer: superjson,
          headers: () => ({
            // expect: public-env-secret
            'x-funder-key': process.env.NEXT_PUBLIC_FUNDER_API_SECRET ?? '',
          }),
        }),
      ],
    };
  },
  ssr: false,
  transformer: superjson,
});
