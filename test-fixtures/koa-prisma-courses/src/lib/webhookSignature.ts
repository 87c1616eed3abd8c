import crypto from 'crypto';
import type { Context } from 'koa';

/**
 * The student-information system signs each delivery: hex HMAC-SHA256 of the raw body with
 * SIS_WEBHOOK_SECRET, in the X-SIS-Signature header.
 */
export function verifySisSignature(ctx: Context): void {
  const header = ctx.get('x-sis-signature');
  const raw = (ctx.request as unknown as { rawBody?: string }).rawBody ?? '';
  const expected = crypto.createHmac('sha256', process.env.SIS_WEBHOOK_SECRET ?? '').update(raw).digest('hex');
  const a = Buffer.from(header, 'hex');
  const b = Buffer.from(expected, 'hex');
  if (a.length !== b.length || !crypto.timingSafeEqual(a, b)) {
    ctx.throw(401, 'invalid signature');
  }
}
