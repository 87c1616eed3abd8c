'use server';

import { z } from 'zod';
import { revalidatePath } from 'next/cache';
import { actionClient, authActionClient } from '@/lib/safe-action';
import { db } from '@/lib/db';

// ok: missing-auth
// ok: missing-input-validation
export const archivePage = authActionClient
  .schema(z.object({ pageId: z.string().cuid() }))
  .action(async ({ parsedInput: { pageId } }) => {
    // expect: unscoped-tenant-query
    await db.page.update({ where: { id: pageId }, data: { archived: true, archivedAt: new Date() } });
    revalidatePath('/dashboard');
  });

// ok: missing-auth
export const restorePage = authActionClient
  .schema(z.object({ pageId: z.string().cuid() }))
  .action(async ({ parsedInput: { pageId }, ctx }) => {
    // ok: unscoped-tenant-query
    await db.page.updateMany({ where: { id: pageId, teamId: ctx.user.teamId }, data: { archived: false, archivedAt: null } });
    revalidatePath('/dashboard');
  });

// expect: missing-auth
export const purgeArchived = actionClient
  .schema(z.object({ teamId: z.string().cuid() }))
  .action(async ({ parsedInput: { teamId } }) => {
    await db.page.deleteMany({ where: { teamId, archived: true } });
  });
