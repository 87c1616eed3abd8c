import { requireUser, requireMembership } from '$lib/server/guards';
import type { LayoutServerLoad } from './$types';

// ok: missing-auth
export const load: LayoutServerLoad = async (event) => {
  const user = requireUser(event);
  const membership = await requireMembership(user.id, event.params.orgId);
  return { role: membership.role };
};
