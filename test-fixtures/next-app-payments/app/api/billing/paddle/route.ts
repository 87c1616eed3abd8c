import { db } from '@/lib/db';

// Merchants on the legacy plans are still billed through Paddle Classic, which posts form-encoded alerts here.
// expect: unverified-webhook
export async function POST(req: Request) {
  const alert = Object.fromEntries(await req.formData()) as Record<string, string>;
  if (alert.alert_name === 'subscription_cancelled') {
    await db.merchant.update({ where: { id: alert.passthrough }, data: { plan: 'free' } });
  }
  return new Response('ok');
}
