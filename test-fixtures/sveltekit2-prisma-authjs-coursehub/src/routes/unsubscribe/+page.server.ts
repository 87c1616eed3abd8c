import { fail } from '@sveltejs/kit';
import { prisma } from '$lib/server/prisma';
import type { Actions } from './$types';

export const actions: Actions = {
  // expect: missing-auth
  default: async ({ request }) => {
    const form = await request.formData();
    const email = form.get('email');
    if (typeof email !== 'string') return fail(400, { invalid: true });
    await prisma.user.updateMany({ where: { email }, data: { marketingOptIn: false } });
    return { done: true };
  },
};
