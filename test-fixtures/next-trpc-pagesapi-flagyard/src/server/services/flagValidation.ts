import { TRPCError } from '@trpc/server';

import { prisma } from '../db';

type NewFlag = { projectId: string; key: string; segmentId?: string };

async function assertSegmentUsable(input: NewFlag) {
  if (!input.segmentId) return;
  // (the project id of the input handed in whole: the procedure's middleware checked the caller belongs to it)
  // ok: unscoped-tenant-query
  const segment = await prisma.segment.findFirst({ where: { id: input.segmentId, projectId: input.projectId } });
  if (!segment) throw new TRPCError({ code: 'NOT_FOUND', message: 'Unknown segment' });
}

export async function validateNewFlag(input: NewFlag) {
  if (!/^[a-z0-9_-]{2,64}$/.test(input.key)) {
    throw new TRPCError({ code: 'BAD_REQUEST', message: 'Flag keys are lowercase words' });
  }
  await assertSegmentUsable(input);
}
