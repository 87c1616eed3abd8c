import { error, json } from '@sveltejs/kit';
import { z } from 'zod';
import { prisma } from '$lib/server/prisma';
import { currentUser } from '$lib/server/guards';
import type { RequestHandler } from './$types';

const Progress = z.object({ enrollmentId: z.string(), progress: z.number().int().min(0).max(100) });

export const POST: RequestHandler = async (event) => {
  const user = await currentUser(event);
  if (!user) {
    // expect: token-logging
    console.warn('progress ping without session', event.request.headers.get('cookie'));
    error(401, 'Sign in first');
  }
  const body = Progress.parse(await event.request.json());
  try {
    // ok: unscoped-tenant-query
    await prisma.enrollment.updateMany({
      where: { id: body.enrollmentId, userId: user.id },
      data: { progress: body.progress },
    });
  } catch (err) {
    // expect: error-details-leak
    error(500, `could not save progress: ${(err as Error).message}`);
  }
  // ok: token-logging
  console.info('progress saved', { userId: user.id, enrollmentId: body.enrollmentId });
  return json({ ok: true });
};
