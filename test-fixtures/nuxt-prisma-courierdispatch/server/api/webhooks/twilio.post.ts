// Inbound SMS from recipients: "1" confirms they are home, "2" asks to reschedule.
// expect: unverified-webhook
// ok: missing-auth, missing-input-validation
export default defineEventHandler(async (event) => {
  const form = await readFormData(event);
  const from = String(form.get('From') ?? '');
  const reply = String(form.get('Body') ?? '').trim();

  // ok: unscoped-tenant-query
  const delivery = await prisma.delivery.findFirst({
    where: { recipientPhone: from, status: { in: ['ASSIGNED', 'PICKED_UP'] } },
    orderBy: { createdAt: 'desc' },
  });
  if (delivery && reply === '2') {
    // ok: unscoped-tenant-query
    await prisma.delivery.update({ where: { id: delivery.id }, data: { status: 'PENDING' } });
  }
  setResponseHeader(event, 'content-type', 'text/xml');
  return '<Response></Response>';
});
