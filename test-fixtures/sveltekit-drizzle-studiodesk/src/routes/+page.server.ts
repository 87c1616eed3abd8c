import type { PageServerLoad } from './$types';

// ok: missing-auth
export const load: PageServerLoad = async ({ locals }) => {
  return { signedIn: Boolean(locals.user) };
};
