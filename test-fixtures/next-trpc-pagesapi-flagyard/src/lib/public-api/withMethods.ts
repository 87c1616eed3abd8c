import type { NextApiRequest, NextApiResponse } from 'next';

type Handler = (req: NextApiRequest, res: NextApiResponse) => Promise<void>;
type Handlers = Partial<Record<'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', Handler>>;

// one file per resource: the handler of each method, behind the same CORS headers and error answer
export function withMethods(handlers: Handlers) {
  return async (req: NextApiRequest, res: NextApiResponse) => {
    res.setHeader('Access-Control-Allow-Origin', 'https://app.flagyard.dev');
    if (req.method === 'OPTIONS') return res.status(204).end();

    const handler = handlers[req.method as keyof Handlers];
    if (!handler) return res.status(405).json({ message: 'Method not allowed' });

    try {
      await handler(req, res);
    } catch (err) {
      console.error('public api error', err);
      res.status(500).json({ message: 'Internal Server Error' });
    }
  };
}
