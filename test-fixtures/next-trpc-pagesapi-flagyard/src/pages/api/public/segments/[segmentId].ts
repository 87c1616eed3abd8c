import type { NextApiRequest, NextApiResponse } from 'next';

import { ApiKeyService } from '@/lib/public-api/apiKeys';
import { prisma } from '@/server/db';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== 'GET') return res.status(405).json({ message: 'Method not allowed' });

  const authCheck = await new ApiKeyService().verifyAuthorizationHeader(req.headers.authorization);
  if (!authCheck.ok) return res.status(401).json({ message: authCheck.error });

  // ok: unscoped-tenant-query
  const segment = await prisma.segment.findFirst({
    where: { id: String(req.query.segmentId), projectId: authCheck.scope.projectId },
  });
  if (!segment) return res.status(404).json({ message: 'Segment not found' });

  // sibling segments of the project the client names in the query string, not the key's project
  // expect: unscoped-tenant-query
  const siblings = await prisma.segment.findMany({ where: { projectId: String(req.query.projectId) }, select: { id: true, name: true } });

  return res.status(200).json({ ...segment, siblings });
}
