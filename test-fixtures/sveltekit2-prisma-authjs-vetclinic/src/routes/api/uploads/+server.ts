import { error, json } from '@sveltejs/kit';
import { writeFile } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import { prisma } from '$lib/server/prisma';
import { requireStaff } from '$lib/server/guards';
import type { RequestHandler } from './$types';

// expect: missing-rate-limit, missing-input-validation
export const POST: RequestHandler = async (event) => {
  const user = await requireStaff(event);
  // expect: unrestricted-upload
  const form = await event.request.formData();
  const file = form.get('file') as File;
  const petId = String(form.get('petId'));
  // ok: unscoped-tenant-query
  const pet = await prisma.pet.findFirst({ where: { id: petId, clinicId: user.clinicId } });
  if (!pet) error(404, 'Unknown pet');
  const path = `/srv/vetclinic/uploads/${randomUUID()}`;
  await writeFile(path, Buffer.from(await file.arrayBuffer()));
  const attachment = await prisma.attachment.create({
    data: { clinicId: user.clinicId, petId: pet.id, path, contentType: file.type },
  });
  return json(attachment, { status: 201 });
};
