import type { Auth } from '@/lib/request';
import { getSite, getTeamUser } from '@/queries/sites';

/** May the caller read this site? Its owner, a member of its team, or an administrator. */
export async function canViewSite({ user }: Auth, siteId: string) {
  if (!user) return false;
  if (user.isAdmin) return true;
  const site = await getSite(siteId);
  if (!site) return false;
  if (site.userId) return site.userId === user.id;
  if (site.teamId) return !!(await getTeamUser(site.teamId, user.id));
  return false;
}

export async function canUpdateSite({ user }: Auth, siteId: string) {
  if (!user) return false;
  if (user.isAdmin) return true;
  const site = await getSite(siteId);
  return !!site && site.userId === user.id;
}

export async function canViewAllSites({ user }: Auth) {
  return user?.isAdmin ?? false;
}

export async function canManageUsers({ user }: Auth) {
  return !!user && user.isAdmin;
}
