import { withAuth, type AuthedApiHandler } from './withAuth';

/**
 * Like withAuth, but additionally requires the user to be an ADMIN of their agency.
 */
export function withAgencyAdmin(handler: AuthedApiHandler) {
  return withAuth((req, res, session) => {
    if (session.user.role !== 'ADMIN') {
      return res.status(403).json({ error: 'Forbidden' });
    }

    return handler(req, res, session);
  });
}
