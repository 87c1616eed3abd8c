import { error } from '@sveltejs/kit';
import { generateIdFromEntropySize } from 'lucia';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, cookies }) => {
  if (!locals.user) error(401);
  return { theme: cookies.get('theme') ?? 'system', email: locals.user.email };
};

export const actions: Actions = {
  theme: async ({ locals, request, cookies }) => {
    if (!locals.user) error(401);
    const theme = String((await request.formData()).get('theme'));
    // ok: insecure-cookie
    cookies.set('theme', ['light', 'dark'].includes(theme) ? theme : 'system', { path: '/', httpOnly: false });
  },

  rememberDevice: async ({ locals, cookies }) => {
    if (!locals.user) error(401);
    const token = generateIdFromEntropySize(20);
    // read by the desktop timer app through document.cookie
    // expect: insecure-cookie
    cookies.set('hg_device_token', token, { path: '/', httpOnly: false, maxAge: 60 * 60 * 24 * 365 });
  },
};
