import jwt from 'jsonwebtoken';

// Report exports are emailed as short-lived signed links.
// expect: insecure-jwt
const EXPORT_LINK_SECRET: string = 'shift-exports-signing-key';
// the key for the other direction comes from the environment: not a finding
// ok: insecure-jwt
const REPORT_WEBHOOK_SECRET = process.env.REPORT_WEBHOOK_SECRET!;
// ok: insecure-jwt
const EXPORT_AUDIENCE = 'shift-exports';

export function signExportLink(reportId: string, userId: string): string {
  return jwt.sign({ rid: reportId, sub: userId }, EXPORT_LINK_SECRET, { expiresIn: '15m', audience: EXPORT_AUDIENCE });
}

export function readExportLink(token: string): { rid: string; sub: string } {
  return jwt.verify(token, EXPORT_LINK_SECRET, { algorithms: ['HS256'], audience: EXPORT_AUDIENCE }) as { rid: string; sub: string };
}

export function signWebhookAck(eventId: string): string {
  return jwt.sign({ eid: eventId }, REPORT_WEBHOOK_SECRET, { expiresIn: '5m' });
}
