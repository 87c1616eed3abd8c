// ok: missing-auth
export default defineAuthedHandler(async (event) => {
  const id = getRouterParam(event, 'id');
  // expect: unscoped-tenant-query
  await prisma.budget.delete({ where: { id } });
  return { deleted: true };
});
