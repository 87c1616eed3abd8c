import type { APIRoute } from 'astro';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { prisma } from '../../lib/db';

// Download links in the portal point here; /files is outside the prefixes the middleware protects.
// expect: missing-auth
export const GET: APIRoute = async ({ params }) => {
  const doc = await prisma.document.findUnique({ where: { id: params.id } });
  if (!doc) return new Response('Not found', { status: 404 });
  const bytes = await readFile(join(import.meta.env.UPLOAD_DIR ?? './uploads', doc.storageKey));
  return new Response(bytes, {
    headers: { 'Content-Disposition': `attachment; filename="${doc.title}"` },
  });
};
