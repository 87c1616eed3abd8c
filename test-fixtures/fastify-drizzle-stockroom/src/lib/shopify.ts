import { createHmac, timingSafeEqual } from 'node:crypto';

export function verifyShopifyHmac(rawBody: string, header: string | undefined): boolean {
  if (!header) return false;
  const digest = createHmac('sha256', process.env.SHOPIFY_WEBHOOK_SECRET!).update(rawBody, 'utf8').digest('base64');
  const a = Buffer.from(digest);
  const b = Buffer.from(header);
  return a.length === b.length && timingSafeEqual(a, b);
}
