import { NextResponse } from 'next/server';
import { db } from '@/lib/db';
import { verifyShopifyWebhook } from '@/lib/shopify';

// GDPR mandatory webhook. The check result is only logged ("we'll enforce it after the app review"),
// then the erasure runs anyway: the payload is acted on unverified.
// expect: unverified-webhook
export async function POST(request: Request) {
  const raw = await request.text();
  const valid = verifyShopifyWebhook(raw, request.headers.get('x-shopify-hmac-sha256'));
  console.info('customers/redact signature valid?', valid);
  const { customer } = JSON.parse(raw);
  await db.order.updateMany({
    where: { email: customer.email },
    data: { shippingName: null, shippingAddr: null, email: 'redacted@example.invalid' },
  });
  return NextResponse.json({ ok: true });
}
