import type { APIRoute } from 'astro';
import { prisma } from '../../lib/db';
import { json } from './_lib/respond';

export const GET: APIRoute = async ({ url }) => {
  const q = url.searchParams.get('q') ?? '';
  // expect: unscoped-tenant-query
  const documents = await prisma.document.findMany({
    where: { title: { contains: q, mode: 'insensitive' } },
    take: 20,
  });
  return json(documents);
};
