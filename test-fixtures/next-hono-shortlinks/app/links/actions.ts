'use server';

import { prisma } from '@/lib/prisma';
import { authActionClient } from '@/lib/safe-action';

// exported so the unit tests can call it: every export of a 'use server' file is also an action the browser can call
// expect: missing-auth
export async function resetLinkClicks({ userId }: { userId: string }) {
  // ok: unscoped-tenant-query
  await prisma.link.updateMany({ where: { userId }, data: { clicks: 0 } });
}

// the signed-in user's own links: the action hands the helper the caller's id
// ok: missing-auth
export const resetMyLinkClicksAction = authActionClient.action(async ({ ctx }) => {
  await resetLinkClicks({ userId: ctx.user.id });
  return { ok: true };
});
