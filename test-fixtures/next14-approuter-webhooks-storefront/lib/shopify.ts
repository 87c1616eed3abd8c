import crypto from 'node:crypto';

/** Shopify signs the raw body with the app's API secret: base64 HMAC-SHA256 in x-shopify-hmac-sha256. */
export function verifyShopifyWebhook(rawBody: string, hmacHeader: string | null): boolean {
  if (!hmacHeader) return false;
  const digest = crypto.createHmac('sha256', process.env.SHOPIFY_API_SECRET!).update(rawBody, 'utf8').digest('base64');
  const a = Buffer.from(digest, 'base64');
  const b = Buffer.from(hmacHeader, 'base64');
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}
