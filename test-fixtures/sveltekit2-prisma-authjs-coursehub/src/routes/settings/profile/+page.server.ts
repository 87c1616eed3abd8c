import { fail, redirect } from '@sveltejs/kit';
import { prisma } from '$lib/server/prisma';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
  const session = await locals.auth();
  if (!session?.user) redirect(303, '/signin');
  // ok: unscoped-tenant-query
  const me = await prisma.user.findUnique({ where: { id: session.user.id }, select: { name: true, email: true, marketingOptIn: true } });
  return { me };
};

export const actions: Actions = {
  // ok: missing-auth
  // expect: missing-input-validation
  default: async ({ request, locals, cookies }) => {
    const session = await locals.auth();
    if (!session?.user?.id) redirect(303, '/signin');
    const form = await request.formData();
    const name = form.get('name');
    if (typeof name !== 'string' || !name.trim()) return fail(400, { name, missing: true });
    // ok: unscoped-tenant-query
    await prisma.user.update({ where: { id: session.user.id }, data: { name } });
    // ok: insecure-cookie
    cookies.set('profile_flash', 'saved', { path: '/', maxAge: 10 });
    return { saved: true };
  },
};
