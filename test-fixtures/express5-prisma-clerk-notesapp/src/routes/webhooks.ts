import express, { Router } from 'express';
import { Webhook } from 'svix';
import type { WebhookEvent } from '@clerk/express';
import { prisma } from '../lib/prisma.js';

export const webhooksRouter = Router();

// ok: unverified-webhook, missing-auth
webhooksRouter.post('/clerk', express.raw({ type: 'application/json' }), async (req, res) => {
  const wh = new Webhook(process.env.CLERK_WEBHOOK_SIGNING_SECRET!);
  let evt: WebhookEvent;
  try {
    evt = wh.verify(req.body, {
      'svix-id': req.header('svix-id')!,
      'svix-timestamp': req.header('svix-timestamp')!,
      'svix-signature': req.header('svix-signature')!,
    }) as WebhookEvent;
  } catch {
    return res.status(400).json({ error: 'bad signature' });
  }
  if (evt.type === 'organization.created') {
    await prisma.organization.create({ data: { id: evt.data.id, name: evt.data.name } });
  }
  if (evt.type === 'organizationMembership.created') {
    await prisma.member.create({
      data: {
        orgId: evt.data.organization.id,
        clerkId: evt.data.public_user_data.user_id,
        email: evt.data.public_user_data.identifier,
        role: evt.data.role === 'org:admin' ? 'admin' : 'member',
      },
    });
  }
  res.json({ received: true });
});

// Old endpoint still configured in the staging Clerk instance.
// expect: unverified-webhook
webhooksRouter.post('/clerk-legacy', express.json(), async (req, res) => {
  const evt = req.body as WebhookEvent;
  if (evt.type === 'organization.deleted' && evt.data.id) {
    await prisma.note.deleteMany({ where: { orgId: evt.data.id } });
    await prisma.folder.deleteMany({ where: { orgId: evt.data.id } });
    await prisma.organization.delete({ where: { id: evt.data.id } });
  }
  res.json({ received: true });
});
