import type { NextApiRequest, NextApiResponse } from 'next';
import { createNextApiHandler } from '@trpc/server/adapters/next';
import { appRouter } from '../../../server/api/root';
import { createTRPCContext } from '../../../server/api/trpc';

const trpcHandler = createNextApiHandler({
  router: appRouter,
  createContext: createTRPCContext,
  onError:
    process.env.NODE_ENV === 'development'
      ? ({ path, error }) => console.error(`tRPC failed on ${path ?? '<no-path>'}: ${error.message}`)
      : undefined,
});

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  // the mobile app and the marketing site both call the API
  // expect: cors-wildcard
  res.setHeader('Access-Control-Allow-Origin', req.headers.origin ?? '*');
  res.setHeader('Access-Control-Allow-Credentials', 'true');
  if (req.method === 'OPTIONS') {
    res.status(204).end();
    return;
  }
  return trpcHandler(req, res);
}
