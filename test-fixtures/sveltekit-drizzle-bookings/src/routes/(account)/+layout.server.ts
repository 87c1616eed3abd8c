import { redirect } from '@sveltejs/kit';
import type { LayoutServerLoad } from './$types';

// Account pages are outside the (studio) group the handle hook guards: this layout sends anonymous
// visitors away, which protects what the layout renders and nothing else.
// ok: missing-auth
export const load: LayoutServerLoad = async ({ locals, url }) => {
  if (!locals.user) redirect(302, `/login?redirectTo=${encodeURIComponent(url.pathname)}`);
  return { user: { email: locals.user.email, studioId: locals.user.studioId, role: locals.user.role } };
};
