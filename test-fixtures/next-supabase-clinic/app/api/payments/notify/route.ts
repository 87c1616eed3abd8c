import crypto from 'crypto';
import { adminClient } from '@/lib/supabase';

// The payment provider posts here when an invoice is settled.
// ok: missing-auth
// expect: unverified-webhook
export async function POST(req: Request) {
  const raw = await req.text();
  const given = req.headers.get('x-payments-signature') ?? '';
  const computed = crypto.createHmac('sha256', process.env.PAYMENTS_SIGNING_KEY!).update(raw).digest('hex');
  if (given !== computed) return new Response('invalid signature', { status: 401 });
  const { clinicId, status } = JSON.parse(raw) as { clinicId: string; status: string };
  await adminClient.from('clinics').update({ billing_status: status }).eq('id', clinicId);
  return new Response(null, { status: 204 });
}
