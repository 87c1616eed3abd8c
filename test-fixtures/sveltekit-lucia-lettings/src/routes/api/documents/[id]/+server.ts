import { error } from '@sveltejs/kit';
import { readFile } from 'node:fs/promises';
import { and, eq } from 'drizzle-orm';
import { db, documents } from '$lib/server/db';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ params, locals }) => {
  const { user } = locals;
  if (!user) throw error(401, 'Sign in first');
  // ok: unscoped-tenant-query
  const [doc] = await db.select().from(documents).where(and(eq(documents.id, params.id), eq(documents.orgId, user.orgId)));
  if (!doc) throw error(404, 'Not found');
  const bytes = await readFile(`/var/lettings/docs/${doc.storageKey}`);
  return new Response(bytes, { headers: { 'content-disposition': `attachment; filename="${doc.filename}"` } });
};

export const DELETE: RequestHandler = async ({ params, locals }) => {
  if (!locals.user) throw error(401, 'Sign in first');
  // expect: unscoped-tenant-query
  await db.delete(documents).where(eq(documents.id, params.id));
  return new Response(null, { status: 204 });
};
