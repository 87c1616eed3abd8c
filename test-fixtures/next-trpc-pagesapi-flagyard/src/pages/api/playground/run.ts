import type { NextApiRequest, NextApiResponse } from 'next';
import { z } from 'zod';

import { isProjectMember } from '@/lib/access';
import { getServerAuthSession } from '@/server/auth';
import { prisma } from '@/server/db';

const RunBody = z.object({ projectId: z.string(), flagKey: z.string(), context: z.record(z.string()) });

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== 'POST') return res.status(405).end();
  const session = await getServerAuthSession({ req, res });
  if (!session?.user) return res.status(401).json({ message: 'Sign in first' });

  const body = RunBody.parse(req.body);
  // expect: token-logging
  console.log('playground run', { sessionId: req.cookies['next-auth.session-token'], projectId: body.projectId });
  if (!isProjectMember(session.user, body.projectId)) {
    return res.status(403).json({ message: 'Not a member of this project' });
  }

  // ok: unscoped-tenant-query
  const flag = await prisma.flag.findFirst({ where: { projectId: body.projectId, key: body.flagKey } });
  // ok: unscoped-tenant-query
  const segments = await prisma.segment.findMany({ where: { projectId: body.projectId } });
  return res.status(200).json({ enabled: !!flag?.enabled, rollout: flag?.rollout ?? 0, segments: segments.length });
}
