'use server';

import { auth } from '@/auth';
import { prisma } from '@/lib/db';
import { assertTeamAccess } from '@/permissions/team';
import { siteIdOfGoal, teamIdOfSite } from '@/queries/sites';

// the goal is tied to the site, the site's team to the caller: then the goal is the caller's (its name is written unchecked)
// expect: missing-input-validation
export async function renameGoalAction(input: { goalId: string; siteId: string; name: string }) {
  const session = await auth();
  if (!session?.user?.id) throw new Error('Not authenticated');
  const goalSiteId = await siteIdOfGoal(input.goalId);
  if (goalSiteId !== input.siteId) throw new Error('Invalid goal id');
  const teamId = await teamIdOfSite(input.siteId);
  await assertTeamAccess({ userId: session.user.id, teamId });
  // ok: unscoped-tenant-query
  return prisma.goal.update({ where: { id: input.goalId }, data: { name: input.name.slice(0, 120) } });
}

// the site is checked, the goal is never tied to it
export async function deleteGoalAction(input: { goalId: string; siteId: string }) {
  const session = await auth();
  if (!session?.user?.id) throw new Error('Not authenticated');
  const teamId = await teamIdOfSite(input.siteId);
  await assertTeamAccess({ userId: session.user.id, teamId });
  // expect: unscoped-tenant-query
  return prisma.goal.delete({ where: { id: input.goalId } });
}

// the team the site belongs to is looked up, then the caller's access to that team asserted
export async function clearSiteGoalsAction(input: { siteId: string }) {
  const session = await auth();
  if (!session?.user?.id) throw new Error('Not authenticated');
  const teamId = await teamIdOfSite(input.siteId);
  await assertTeamAccess({ userId: session.user.id, teamId });
  // ok: unscoped-tenant-query
  return prisma.goal.deleteMany({ where: { siteId: input.siteId } });
}
