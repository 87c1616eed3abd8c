import { z } from 'zod';
import { and, eq } from 'drizzle-orm';
import { db, applications } from '../db/index.js';

const ScoreInput = z.object({ score: z.number().int().min(0).max(10) });

export const pipelineService = {
  async score(orgId: string, applicationId: string, input: unknown) {
    const { score } = ScoreInput.parse(input);
    // ok: unscoped-tenant-query
    await db
      .update(applications)
      .set({ score })
      .where(and(eq(applications.id, applicationId), eq(applications.organizationId, orgId)));
  },

  async move(orgId: string, applicationId: string, input: { stage: string; score?: number }) {
    // ok: unscoped-tenant-query
    await db
      .update(applications)
      .set({ stage: input.stage, score: input.score })
      .where(and(eq(applications.id, applicationId), eq(applications.organizationId, orgId)));
  },
};
