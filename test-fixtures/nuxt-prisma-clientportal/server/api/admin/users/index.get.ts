// ok: missing-role-check
export default defineEventHandler(async (event) => {
  const admin = await requireOrgAdmin(event)
  // ok: unscoped-tenant-query
  return prisma.user.findMany({
    where: { orgId: admin.orgId },
    select: { id: true, email: true, name: true, role: true, createdAt: true },
  })
})
