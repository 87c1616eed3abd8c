import { and, eq, lt } from 'drizzle-orm';
import { db, grants } from '@/lib/db';
import { inngest } from './client';

export const closeExpiredGrants = inngest.createFunction(
  { id: 'close-expired-grants' },
  { cron: '0 * * * *' },
  async ({ step }) => {
    await step.run('close', () =>
      db
        .update(grants)
        .set({ status: 'closed' })
        .where(and(eq(grants.status, 'open'), lt(grants.deadline, new Date()))),
    );
  },
);

export const grantCreated = inngest.createFunction(
  { id: 'grant-created-digest' },
  { event: 'grant/created' },
  async ({ event, step }) => {
    const grant = await step.run('load', () =>
      db.query.grants.findFirst({ where: eq(grants.id, event.data.grantId as string) }),
    );
    return { title: grant?.title };
  },
);

export const functions = [closeExpiredGrants, grantCreated];
