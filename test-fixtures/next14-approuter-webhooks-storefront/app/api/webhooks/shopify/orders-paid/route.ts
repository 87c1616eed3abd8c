import { NextResponse } from 'next/server';
import { db } from '@/lib/db';
import { verifyShopifyWebhook } from '@/lib/shopify';

// ok: unverified-webhook, missing-auth
export async function POST(request: Request) {
  const raw = await request.text();
  if (!verifyShopifyWebhook(raw, request.headers.get('x-shopify-hmac-sha256'))) {
    return NextResponse.json({ error: 'unauthorized' }, { status: 401 });
  }
  const order = JSON.parse(raw);
  await db.order.upsert({
    where: { shopifyOrderId: String(order.id) },
    create: {
      shopifyOrderId: String(order.id),
      email: order.email,
      totalCents: Math.round(Number(order.total_price) * 100),
      status: 'paid',
    },
    update: { status: 'paid' },
  });
  return NextResponse.json({ ok: true });
}
