export default defineEventHandler(async (event) => {
  const { status, page = '1' } = getQuery(event)
  const user = event.context.user
  // ok: unscoped-tenant-query
  return prisma.invoice.findMany({
    where: { orgId: user.orgId, ...(status ? { status: String(status) } : {}) },
    skip: (Number(page) - 1) * 20,
    take: 20,
  })
})
