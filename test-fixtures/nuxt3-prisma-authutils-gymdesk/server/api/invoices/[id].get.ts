// ok: missing-auth
export default defineAuthedHandler(async (event, user) => {
  const id = event.context.params?.id;
  // ok: unscoped-tenant-query
  const invoice = await prisma.invoice.findFirst({ where: { id, gymId: user.gymId } });
  if (!invoice) throw createError({ statusCode: 404 });
  return invoice;
});
