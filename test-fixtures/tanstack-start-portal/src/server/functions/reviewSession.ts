import { createServerFn } from '@tanstack/react-start';
import { useSession } from '@tanstack/react-start/server';
import { z } from 'zod';
import { prisma } from '../db';

interface ReviewSession {
  partnerId?: string;
  organizationId?: string;
}

/** Reviewers from the partner's finance team sign in with a magic link; their session is the start's own cookie session. */
function useReviewSession() {
  return useSession<ReviewSession>({ name: 'portal_review', password: process.env.REVIEW_SESSION_SECRET! });
}

// ok: missing-auth
export const approveOrder = createServerFn({ method: 'POST' })
  .validator(z.object({ orderId: z.string() }))
  .handler(async ({ data }) => {
    const session = await useReviewSession();
    if (!session.data.partnerId) throw new Error('Unauthorized');
    // ok: unscoped-tenant-query
    await prisma.order.updateMany({
      where: { id: data.orderId, organizationId: session.data.organizationId },
      data: { status: 'approved' },
    });
  });

// reads the session only to pre-fill a name; nothing stops an anonymous caller
// expect: missing-auth
export const rejectOrder = createServerFn({ method: 'POST' })
  .validator(z.object({ orderId: z.string(), reason: z.string().max(300) }))
  .handler(async ({ data }) => {
    const session = await useReviewSession();
    const by = session.data.partnerId ?? 'unknown reviewer';
    // ok: unscoped-tenant-query
    await prisma.order.update({ where: { id: data.orderId }, data: { status: 'rejected', notes: `${data.reason} (${by})` } });
  });
