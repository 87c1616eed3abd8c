import { fail } from '@sveltejs/kit';
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { prisma } from '$lib/server/db';
import type { Actions } from './$types';

const profileSchema = z.object({ email: z.string().email() });

export const actions: Actions = {
  profile: async ({ request, locals }) => {
    const parsed = profileSchema.safeParse(Object.fromEntries(await request.formData()));
    if (!parsed.success) return fail(400, { message: 'Invalid email' });
    try {
      // ok: unscoped-tenant-query
      await prisma.user.update({ where: { id: locals.user!.id }, data: { email: parsed.data.email } });
    } catch (e) {
      // expect: error-details-leak
      return fail(500, { message: (e as Error).message });
    }
    return { saved: true };
  },

  rememberDevice: async ({ cookies }) => {
    const deviceToken = randomBytes(32).toString('hex');
    // expect: insecure-cookie
    cookies.set('wiki_device_token', deviceToken, { path: '/', httpOnly: false, maxAge: 60 * 60 * 24 * 90 });
    return { remembered: true };
  },
};
