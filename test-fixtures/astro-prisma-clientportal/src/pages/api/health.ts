import type { APIRoute } from 'astro';
import { prisma } from '../../lib/db';

// ok: missing-auth
export const GET: APIRoute = async () => {
  await prisma.$queryRaw`SELECT 1`;
  return new Response('ok');
};
