import { logger } from '../logger.js';

/** Machine-to-machine apps send `Basic base64(clientId:clientSecret)` to the token endpoint. */
export function parseClientCredentials(authorization: string | undefined): { clientId: string; clientSecret: string } | null {
  if (!authorization?.startsWith('Basic ')) return null;
  const decoded = Buffer.from(authorization.slice(6), 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return null;
  const clientId = decoded.slice(0, colon);
  const clientSecret = decoded.slice(colon + 1);
  // The client id is public (it is in every authorization URL): logging it is how support finds the app.
  // ok: token-logging
  logger.info({ clientId }, 'client credentials presented');
  if (!clientSecret) {
    // expect: token-logging
    logger.warn({ clientId, clientSecret }, 'empty client secret');
    return null;
  }
  return { clientId, clientSecret };
}
