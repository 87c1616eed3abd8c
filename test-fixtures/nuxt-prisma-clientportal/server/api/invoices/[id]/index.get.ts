export default defineEventHandler(async (event) => {
  const invoiceId = event.context.params!.id
  // expect: unscoped-tenant-query
  const invoice = await prisma.invoice.findUnique({ where: { id: invoiceId } })
  if (!invoice) throw createError({ statusCode: 404 })
  return invoice
})
