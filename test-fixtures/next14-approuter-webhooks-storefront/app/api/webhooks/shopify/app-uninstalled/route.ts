import crypto from 'node:crypto';
import { NextResponse } from 'next/server';
import { db } from '@/lib/db';

// Written before lib/shopify.ts existed; compares the digests as strings.
// expect: unverified-webhook
export async function POST(request: Request) {
  const raw = await request.text();
  const hmac = request.headers.get('x-shopify-hmac-sha256') ?? '';
  const digest = crypto
    // expect: public-env-secret
    .createHmac('sha256', process.env.NEXT_PUBLIC_SHOPIFY_WEBHOOK_SECRET ?? process.env.SHOPIFY_API_SECRET!)
    .update(raw, 'utf8')
    .digest('base64');
  if (digest !== hmac) {
    return NextResponse.json({ error: 'unauthorized' }, { status: 401 });
  }
  const shop = request.headers.get('x-shopify-shop-domain');
  if (shop) {
    await db.shopInstall.update({ where: { shopDomain: shop }, data: { uninstalledAt: new Date(), accessToken: '' } });
  }
  return NextResponse.json({ ok: true });
}
