import type { NextApiRequest, NextApiResponse } from 'next';
import { getServerSession } from 'next-auth/next';
import type { Session } from 'next-auth';
import { authOptions } from './auth';

export type AuthedApiHandler = (
  req: NextApiRequest,
  res: NextApiResponse,
  session: Session,
) => unknown | Promise<unknown>;

/**
 * Wraps an API route so it only runs for signed-in users.
 * The resolved session is passed to the handler as a third argument.
 */
export function withAuth(handler: AuthedApiHandler) {
  return async function authenticatedHandler(req: NextApiRequest, res: NextApiResponse) {
    const session = await getServerSession(req, res, authOptions);

    if (!session?.user) {
      return res.status(401).json({ error: 'Unauthorized' });
    }

    return handler(req, res, session);
  };
}
