import { Router } from 'express';
import rateLimit from 'express-rate-limit';
import { z } from 'zod';
import { prisma } from '../lib/prisma';
import { requireUser } from '../middleware/auth';

export const storefrontRouter = Router();

const checkoutSchema = z.object({ storeId: z.string(), email: z.string().email(), totalCents: z.number().int().positive() });

// a guest checkout: public on purpose (an unauthenticated write all the same), and no webhook
// ok: unverified-webhook
// expect: missing-auth
storefrontRouter.post('/orders', rateLimit({ windowMs: 60_000, limit: 10 }), async (req, res) => {
  const input = checkoutSchema.parse(req.body);
  const order = await prisma.order.create({ data: { ...input, status: 'pending' } });
  res.status(201).json({ id: order.id });
});

const viewSchema = z.object({ type: z.enum(['page.view', 'page.leave']), path: z.string().max(200) });

// anonymous analytics: an event type, but not a provider's
// ok: unverified-webhook
// expect: missing-auth
storefrontRouter.post('/events', async (req, res) => {
  const view = viewSchema.parse(req.body);
  if (view.type === 'page.view') await prisma.pageView.create({ data: { path: view.path } });
  res.status(204).end();
});

const settingSchema = z.object({ channel: z.enum(['email', 'sms']), enabled: z.boolean() });

// a signed-in user's own notification settings
// ok: unverified-webhook
storefrontRouter.post('/billing/notifications', requireUser, async (req, res) => {
  const input = settingSchema.parse(req.body);
  const userId = (req as any).user.sub as string;
  await prisma.notificationSetting.create({ data: { ...input, userId } });
  res.status(201).end();
});
