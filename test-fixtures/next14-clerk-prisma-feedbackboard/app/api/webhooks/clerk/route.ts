import { headers } from 'next/headers';
import { Webhook } from 'svix';
import type { WebhookEvent } from '@clerk/nextjs/server';
import { prisma } from '@/lib/prisma';

// ok: unverified-webhook, missing-auth
export async function POST(req: Request) {
  // expect: hardcoded-secret
  const secret = process.env.CLERK_WEBHOOK_SECRET ?? 'whsec_FAKEfeedbackboardClerkSvix0000000000';

  const h = headers();
  const payload = await req.text();
  let evt: WebhookEvent;
  try {
    evt = new Webhook(secret).verify(payload, {
      'svix-id': h.get('svix-id') ?? '',
      'svix-timestamp': h.get('svix-timestamp') ?? '',
      'svix-signature': h.get('svix-signature') ?? '',
    }) as WebhookEvent;
  } catch {
    return new Response('Invalid signature', { status: 400 });
  }

  switch (evt.type) {
    case 'organization.created':
    case 'organization.updated':
      await prisma.organization.upsert({
        where: { id: evt.data.id },
        create: { id: evt.data.id, name: evt.data.name, slug: evt.data.slug ?? evt.data.id },
        update: { name: evt.data.name, slug: evt.data.slug ?? evt.data.id },
      });
      break;
    case 'organization.deleted':
      if (evt.data.id) await prisma.organization.delete({ where: { id: evt.data.id } });
      break;
  }
  return new Response('ok');
}
