import { json } from '@sveltejs/kit';
import { prisma } from '$lib/server/db';

export async function GET() {
  await prisma.$queryRaw`SELECT 1`;
  return json({ ok: true });
}
