// ok: missing-auth, missing-role-check
export default defineEventHandler({
  onRequest: [requireAdmin],
  handler: async (event) => {
    const { user } = await getUserSession(event);
    // ok: unscoped-tenant-query
    return prisma.auditEvent.findMany({
      where: { workspaceId: user!.workspaceId },
      orderBy: { createdAt: 'desc' },
      take: 100,
    });
  },
});
