import type { APIRoute } from 'astro';
import { randomUUID } from 'node:crypto';
import { prisma } from '../../../lib/db';
import { putObject } from '../../../lib/storage';
import { json } from '../_lib/respond';

// expect: missing-rate-limit, missing-input-validation
export const POST: APIRoute = async ({ request, locals }) => {
  // expect: unrestricted-upload
  const form = await request.formData();
  const file = form.get('file');
  if (!(file instanceof File)) return json({ error: 'file is required' }, 400);

  const key = `${locals.user!.orgId}/${randomUUID()}-${file.name}`;
  await putObject(key, await file.arrayBuffer());
  const doc = await prisma.document.create({
    data: { title: String(form.get('title') || file.name), storageKey: key, orgId: locals.user!.orgId },
  });
  return json(doc, 201);
};
