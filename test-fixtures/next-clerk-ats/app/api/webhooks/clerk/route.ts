import type { WebhookEvent } from '@clerk/nextjs/server';
import { headers } from 'next/headers';
import { NextResponse } from 'next/server';
import { Webhook } from 'svix';
import { prisma } from '@/lib/db';

// ok: missing-auth
// ok: unverified-webhook
export async function POST(req: Request) {
  const secret = process.env.CLERK_WEBHOOK_SECRET;
  if (!secret) {
    console.error('CLERK_WEBHOOK_SECRET is not configured');
    return NextResponse.json({ error: 'Webhook not configured' }, { status: 500 });
  }

  const headerList = headers();
  const svixId = headerList.get('svix-id');
  const svixTimestamp = headerList.get('svix-timestamp');
  const svixSignature = headerList.get('svix-signature');
  if (!svixId || !svixTimestamp || !svixSignature) {
    return NextResponse.json({ error: 'Missing svix headers' }, { status: 400 });
  }

  const payload = await req.text();
  let evt: WebhookEvent;
  try {
    evt = new Webhook(secret).verify(payload, {
      'svix-id': svixId,
      'svix-timestamp': svixTimestamp,
      'svix-signature': svixSignature,
    }) as WebhookEvent;
  } catch {
    return NextResponse.json({ error: 'Invalid signature' }, { status: 400 });
  }

  // ok: token-logging
  console.log('clerk webhook received', { type: evt.type, svixId });

  switch (evt.type) {
    case 'organization.created':
    case 'organization.updated': {
      const { id, name, slug } = evt.data;
      await prisma.organization.upsert({
        where: { clerkOrgId: id },
        create: { clerkOrgId: id, name, slug },
        update: { name, slug },
      });
      break;
    }
    case 'organization.deleted': {
      if (evt.data.id) {
        await prisma.organization.deleteMany({ where: { clerkOrgId: evt.data.id } });
      }
      break;
    }
    default:
      break;
  }

  return NextResponse.json({ received: true });
}
