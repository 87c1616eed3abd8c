import { enqueueEmailEvent } from '@/lib/jobs/queue';

// Bounce and complaint events from the email provider. The worker suppresses addresses that bounce,
// so a forged "bounced" event silences a user's notifications. Resend signs with svix; nothing checks it here.
// expect: unverified-webhook
export async function POST(req: Request) {
  const event = await req.json();
  if (event.type === 'email.bounced' || event.type === 'email.complained') {
    await enqueueEmailEvent({ type: event.type, email: event.data.to[0] });
  }
  return new Response(null, { status: 202 });
}
