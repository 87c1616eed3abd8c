import { error, json } from '@sveltejs/kit';
import { writeFile } from 'node:fs/promises';
import { and, eq } from 'drizzle-orm';
import { generateIdFromEntropySize } from 'lucia';
import { db, documents, leases } from '$lib/server/db';
import type { RequestHandler } from './$types';

// expect: missing-rate-limit, missing-input-validation
export const POST: RequestHandler = async ({ request, locals }) => {
  if (!locals.user) error(401, 'Sign in first');
  // expect: unrestricted-upload
  const form = await request.formData();
  const file = form.get('file') as File;
  const leaseId = String(form.get('leaseId'));
  // ok: unscoped-tenant-query
  const [lease] = await db.select().from(leases).where(and(eq(leases.id, leaseId), eq(leases.orgId, locals.user.orgId)));
  if (!lease) error(404, 'Lease not found');
  const storageKey = `${locals.user.orgId}/${generateIdFromEntropySize(8)}`;
  await writeFile(`/var/lettings/docs/${storageKey}`, Buffer.from(await file.arrayBuffer()));
  await db.insert(documents).values({ id: generateIdFromEntropySize(10), orgId: locals.user.orgId, leaseId: lease.id, storageKey, filename: file.name });
  return json({ storageKey }, { status: 201 });
};
