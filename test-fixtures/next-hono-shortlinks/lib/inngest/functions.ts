import { inngest } from './client';
import { prisma } from '@/lib/prisma';

/** Removes a workspace's expired links every night (runs on the job platform, not per request). */
export const purgeExpiredLinks = inngest.createFunction(
  { id: 'purge-expired-links' },
  { cron: '0 3 * * *' },
  async ({ step }) => {
    await step.run('delete-expired', () => prisma.link.deleteMany({ where: { expiresAt: { lt: new Date() } } }));
  },
);
