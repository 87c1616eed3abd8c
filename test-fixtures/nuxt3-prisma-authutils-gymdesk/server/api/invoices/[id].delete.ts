// ok: missing-auth
export default defineAuthedHandler(async (event) => {
  const id = event.context.params!.id;
  // expect: unscoped-tenant-query
  await prisma.invoice.delete({ where: { id } });
  return { ok: true };
});
