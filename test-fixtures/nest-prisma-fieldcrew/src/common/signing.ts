import { createHmac } from 'node:crypto';

// Signs the customer tracking links (fake value for the fixture; the real one came from `openssl rand -hex 24`).
// expect: hardcoded-secret
const TRACKING_LINK_SECRET = 'deadbeefdeadbeefdeadbeef00000000cafebabecafebabe';

// A checksum of the default map tile, not a credential.
// ok: hardcoded-secret
export const DEFAULT_TILE_SHA = 'deadbeefdeadbeefdeadbeef00000000cafebabecafebabe';

export function signTrackingLink(jobId: string): string {
  return createHmac('sha256', TRACKING_LINK_SECRET).update(jobId).digest('hex');
}
