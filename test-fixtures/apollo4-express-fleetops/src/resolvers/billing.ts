import type { Request, Response } from 'express';
import Stripe from 'stripe';
import { GraphQLError } from 'graphql';
import { prisma, logger } from '../lib';
import { authed, managersOnly } from '../auth/guards';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);

export const billingResolvers = {
  Query: {
    // ok: missing-auth
    invoices: authed(async (_parent, _args, ctx) => {
      // ok: unscoped-tenant-query
      return ctx.prisma.invoice.findMany({ where: { orgId: ctx.viewer.orgId }, orderBy: { number: 'desc' } });
    }),

    // ok: missing-auth
    invoice: authed(async (_parent, { id }: { id: string }, ctx) => {
      // expect: unscoped-tenant-query
      const invoice = await ctx.prisma.invoice.findUnique({ where: { id } });
      if (!invoice) throw new GraphQLError('Invoice not found', { extensions: { code: 'NOT_FOUND' } });
      return invoice;
    }),
  },

  Mutation: {
    // ok: missing-auth, missing-role-check
    markInvoicePaid: managersOnly(async (_parent, { id }: { id: string }, ctx) => {
      // ok: unscoped-tenant-query
      const result = await ctx.prisma.invoice.updateMany({ where: { id, orgId: ctx.viewer.orgId }, data: { status: 'paid' } });
      return result.count > 0;
    }),
  },
};

// REST: Stripe posts here (mounted with express.raw in server.ts)
export async function stripeWebhook(req: Request, res: Response) {
  let event: Stripe.Event;
  try {
    event = stripe.webhooks.constructEvent(req.body, req.headers['stripe-signature'] as string, process.env.STRIPE_WEBHOOK_SECRET!);
  } catch (err) {
    logger.warn({ err }, 'stripe signature check failed');
    return res.status(400).send('bad signature');
  }
  if (event.type === 'invoice.paid') {
    const inv = event.data.object as Stripe.Invoice;
    await prisma.invoice.updateMany({ where: { stripeId: inv.id }, data: { status: 'paid' } });
  }
  res.json({ received: true });
}

// REST: the telematics vendor posts vehicle positions
export async function telematicsWebhook(req: Request, res: Response) {
  const signature = req.get('x-telematics-signature');
  if (!signature || signature !== process.env.TELEMATICS_SHARED_SECRET) {
    return res.status(401).end();
  }
  const { vehicleId, lat, lng, recordedAt } = req.body;
  await prisma.position.create({ data: { vehicleId, lat, lng, recordedAt: new Date(recordedAt) } });
  res.status(204).end();
}
