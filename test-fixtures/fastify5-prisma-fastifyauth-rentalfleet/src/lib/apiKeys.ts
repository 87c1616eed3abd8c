import { createHash } from 'node:crypto';
import { prisma } from './prisma.js';

export function hashKey(raw: string): string {
  return createHash('sha256').update(raw).digest('hex');
}

export async function findApiKey(raw: string) {
  return prisma.apiKey.findUnique({ where: { keyHash: hashKey(raw) } });
}
