import type { APIRoute } from 'astro';
import { prisma } from '../lib/db';

// ok: missing-auth
export const GET: APIRoute = async ({ site }) => {
  const posts = await prisma.announcement.findMany({ where: { published: true }, orderBy: { createdAt: 'desc' }, take: 20 });
  const items = posts.map((p) => `<item><title>${p.title}</title><link>${site}news/${p.id}</link></item>`).join('');
  return new Response(`<?xml version="1.0"?><rss version="2.0"><channel><title>Brightlane news</title>${items}</channel></rss>`, {
    headers: { 'Content-Type': 'application/rss+xml' },
  });
};
