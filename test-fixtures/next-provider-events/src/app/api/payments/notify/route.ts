import { db } from '@/lib/db';

// The payment gateway's asynchronous notification. It carries a `sign` field that is never checked.
// expect: unverified-webhook
export async function POST(req: Request) {
  const form = await req.formData();
  const tradeNo = String(form.get('out_trade_no'));
  const status = String(form.get('trade_status'));
  await db.payment.update({ where: { tradeNo }, data: { status } });
  return new Response('success');
}
