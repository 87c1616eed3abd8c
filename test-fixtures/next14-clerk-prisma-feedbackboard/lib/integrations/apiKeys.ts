import { createHash } from 'crypto';
import { prisma } from '@/lib/prisma';

export function readApiKey(req: Request) {
  const header = req.headers.get('authorization') ?? '';
  return header.startsWith('Bearer ') ? header.slice(7) : null;
}

/** Resolves the organization an integration key belongs to, or null. */
export async function authenticateApiKey(req: Request) {
  const key = readApiKey(req);
  if (!key) return null;
  const hashedKey = createHash('sha256').update(key).digest('hex');
  const apiKey = await prisma.apiKey.findUnique({ where: { hashedKey }, select: { orgId: true } });
  return apiKey?.orgId ?? null;
}
