import type { NextApiRequest, NextApiResponse } from 'next';
import type { z, ZodTypeAny } from 'zod';

import { ApiKeyService, type ApiKeyScope } from './apiKeys';

type RouteConfig<Q extends ZodTypeAny, B extends ZodTypeAny> = {
  querySchema?: Q;
  bodySchema?: B;
  fn: (args: { query: z.infer<Q>; body: z.infer<B>; auth: { scope: ApiKeyScope } }) => Promise<unknown>;
};

// a handler that answers only to a valid project API key; `fn` gets the key's project as `auth.scope`
export const authedRoute = <Q extends ZodTypeAny, B extends ZodTypeAny>(config: RouteConfig<Q, B>) => {
  return async (req: NextApiRequest, res: NextApiResponse) => {
    const auth = await new ApiKeyService().verifyAuthorizationHeader(req.headers.authorization);
    if (!auth.ok) {
      res.status(401).json({ message: auth.error });
      return;
    }
    const query = config.querySchema ? config.querySchema.parse(req.query) : {};
    const body = config.bodySchema ? config.bodySchema.parse(req.body) : {};
    const result = await config.fn({ query, body, auth: { scope: auth.scope } });
    res.status(200).json(result ?? { message: 'OK' });
  };
};
