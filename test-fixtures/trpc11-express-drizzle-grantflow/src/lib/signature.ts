import crypto from 'node:crypto';

export function verifyGithubSignature(rawBody: Buffer, header: string | undefined): boolean {
  if (!header) return false;
  const expected = 'sha256=' + crypto.createHmac('sha256', process.env.GITHUB_WEBHOOK_SECRET!).update(rawBody).digest('hex');
  const a = Buffer.from(expected);
  const b = Buffer.from(header);
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}
