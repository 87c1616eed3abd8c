export default defineEventHandler(async (event) => {
  const user = event.context.user
  // ok: unscoped-tenant-query
  return prisma.project.findMany({
    where: { orgId: user.orgId },
    orderBy: { createdAt: 'desc' },
  })
})
