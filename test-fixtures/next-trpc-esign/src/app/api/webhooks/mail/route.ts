import { NextResponse } from 'next/server';
import { Webhook } from 'svix';
import { prisma } from '../../../../server/db';

// delivery events from the mail provider, signed with svix
// ok: unverified-webhook, missing-auth
export async function POST(req: Request) {
  const payload = await req.text();
  const wh = new Webhook(process.env.MAIL_WEBHOOK_SECRET!);
  let event: { type: string; data: { email_id: string } };
  try {
    event = wh.verify(payload, {
      'svix-id': req.headers.get('svix-id')!,
      'svix-timestamp': req.headers.get('svix-timestamp')!,
      'svix-signature': req.headers.get('svix-signature')!,
    }) as typeof event;
  } catch {
    return NextResponse.json({ error: 'invalid signature' }, { status: 400 });
  }
  await prisma.emailEvent.create({ data: { messageId: event.data.email_id, type: event.type } });
  return NextResponse.json({ ok: true });
}
