import { json } from '@sveltejs/kit';
import { prisma } from '$lib/server/db';
import type { RequestHandler } from './$types';

// Markdown export of a whole team space (used by the backup script).
// expect: missing-auth, missing-rate-limit
export const GET: RequestHandler = async ({ url }) => {
  const teamId = url.searchParams.get('team') ?? '';
  const pages = await prisma.page.findMany({ where: { teamId }, orderBy: { slug: 'asc' } });
  return json(pages.map((p) => ({ slug: p.slug, title: p.title, markdown: p.body })));
};
