// The e-signature provider calls this when a client signs an invoice.
// expect: unverified-webhook
export default defineEventHandler(async (event) => {
  const body = await readBody<{ event: string; data: { invoiceId: string } }>(event)
  if (body.event === 'envelope.completed') {
    await prisma.invoice.update({ where: { id: body.data.invoiceId }, data: { status: 'signed' } })
  }
  return { received: true }
})
