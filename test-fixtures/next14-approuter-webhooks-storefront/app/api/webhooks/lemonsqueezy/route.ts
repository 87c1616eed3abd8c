import crypto from 'node:crypto';
import { NextResponse } from 'next/server';
import { db } from '@/lib/db';

// ok: unverified-webhook, missing-auth
export async function POST(request: Request) {
  const rawBody = await request.text();
  const signature = Buffer.from(request.headers.get('x-signature') ?? '', 'hex');
  const digest = Buffer.from(
    crypto.createHmac('sha256', process.env.LEMONSQUEEZY_WEBHOOK_SECRET!).update(rawBody).digest('hex'),
    'hex',
  );
  if (signature.length !== digest.length || !crypto.timingSafeEqual(digest, signature)) {
    return NextResponse.json({ error: 'invalid signature' }, { status: 401 });
  }

  try {
    const payload = JSON.parse(rawBody);
    const eventName: string = payload.meta.event_name;
    const attrs = payload.data.attributes;
    if (eventName === 'subscription_created' || eventName === 'subscription_updated') {
      await db.subscription.upsert({
        where: { lsId: String(payload.data.id) },
        create: { lsId: String(payload.data.id), userId: payload.meta.custom_data.user_id, status: attrs.status, variantId: String(attrs.variant_id) },
        update: { status: attrs.status, variantId: String(attrs.variant_id) },
      });
    }
    return NextResponse.json({ received: true });
  } catch (err) {
    // expect: error-details-leak
    return NextResponse.json({ error: (err as Error).message }, { status: 500 });
  }
}
