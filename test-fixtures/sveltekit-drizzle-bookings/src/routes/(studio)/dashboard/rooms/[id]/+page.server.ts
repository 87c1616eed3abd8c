import { error, fail } from '@sveltejs/kit';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { and, eq } from 'drizzle-orm';
import { db } from '$lib/server/db';
import { rooms } from '$lib/server/db/schema';
import type { Actions, PageServerLoad } from './$types';

// ok: missing-auth
export const load: PageServerLoad = async ({ params, locals }) => {
  // ok: unscoped-tenant-query
  const room = await db.query.rooms.findFirst({ where: and(eq(rooms.id, params.id), eq(rooms.studioId, locals.user!.studioId)) });
  if (!room) error(404, 'Room not found');
  return { room };
};

export const actions: Actions = {
  // ok: missing-auth
  // expect: missing-rate-limit
  uploadPhoto: async ({ params, request, locals }) => {
    // nothing limits the size or checks that the file is an image
    // expect: unrestricted-upload
    const form = await request.formData();
    const photo = form.get('photo');
    if (!(photo instanceof File) || photo.name === '') return fail(400, { message: 'Choose a photo' });
    const stored = `rooms/${crypto.randomUUID()}`;
    await writeFile(path.join('uploads', stored), Buffer.from(await photo.arrayBuffer()));
    // ok: unscoped-tenant-query
    await db.update(rooms).set({ photoPath: stored }).where(and(eq(rooms.id, params.id), eq(rooms.studioId, locals.user!.studioId)));
    return { uploaded: true };
  },
};
