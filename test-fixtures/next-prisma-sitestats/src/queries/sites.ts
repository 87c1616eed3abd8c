import { prisma } from '@/lib/db';

export function getSite(siteId: string) {
  // ok: unscoped-tenant-query
  return prisma.site.findUnique({ where: { id: siteId } });
}

export function getSiteEvents(siteId: string) {
  // expect: unscoped-tenant-query
  return prisma.event.findMany({ where: { siteId }, orderBy: { at: 'desc' }, take: 500 });
}

export function resetSite(siteId: string) {
  // ok: unscoped-tenant-query
  return prisma.event.deleteMany({ where: { siteId } });
}

export function getTeamUser(teamId: string, userId: string) {
  return prisma.teamUser.findFirst({ where: { teamId, userId } });
}

export function getSiteGoal(siteId: string, goalId: string) {
  // ok: unscoped-tenant-query
  return prisma.goal.findFirst({ where: { id: goalId, siteId } });
}

export function updateGoal(goalId: string, name: string) {
  // ok: unscoped-tenant-query
  return prisma.goal.update({ where: { id: goalId }, data: { name } });
}

export function deleteGoal(goalId: string) {
  // expect: unscoped-tenant-query
  return prisma.goal.delete({ where: { id: goalId } });
}

/** The site a goal belongs to (its id only). */
export async function siteIdOfGoal(goalId: string) {
  const goal = await prisma.goal.findUnique({ where: { id: goalId }, select: { siteId: true } });
  if (!goal) throw new Error('Goal not found');
  return goal.siteId;
}

/** The team a site belongs to (its id only). */
export async function teamIdOfSite(siteId: string) {
  const site = await prisma.site.findUnique({ where: { id: siteId }, select: { teamId: true } });
  if (!site) throw new Error('Site not found');
  return site.teamId;
}
