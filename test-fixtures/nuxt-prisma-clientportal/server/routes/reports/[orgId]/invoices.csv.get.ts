// A CSV export the accountants open from a bookmark. The auth middleware only looks at /api.
// expect: missing-auth, missing-rate-limit
export default defineEventHandler(async (event) => {
  const orgId = getRouterParam(event, 'orgId')
  const invoices = await prisma.invoice.findMany({ where: { orgId }, orderBy: { createdAt: 'asc' } })
  setResponseHeader(event, 'content-type', 'text/csv')
  return ['number,amount,status', ...invoices.map((i) => `${i.number},${i.amount},${i.status}`)].join('\n')
})
