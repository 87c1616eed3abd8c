import { prisma } from '../lib/db';
import { memoized } from '../lib/memo';

// whether the user belongs to the organization that owns the project (remembered for a minute)
export const getProjectAccess = memoized('project-access', async ({ userId, projectId }: { userId: string; projectId: string }) => {
  const project = await prisma.project.findUnique({ where: { id: projectId }, select: { organizationId: true } });
  if (!project) return false;
  const member = await prisma.member.findFirst({ where: { organizationId: project.organizationId, userId } });
  return !!member;
});

export const getOrganizationAccess = memoized('org-access', async ({ userId, organizationId }: { userId: string; organizationId: string }) =>
  prisma.member.findFirst({ where: { userId, organizationId } }),
);

export async function getClientAccess({ userId, clientId }: { userId: string; clientId: string }) {
  // ok: unscoped-tenant-query
  const client = await prisma.apiClient.findFirst({ where: { id: clientId } });
  if (!client) return false;
  return getProjectAccess({ userId, projectId: client.projectId });
}
