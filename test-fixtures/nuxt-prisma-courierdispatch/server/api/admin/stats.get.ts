// ok: missing-auth, missing-role-check
export default defineEventHandler(async (event) => {
  await requireStaff(event);
  const [workspaces, deliveries, delivered] = await Promise.all([
    prisma.workspace.count(),
    prisma.delivery.count(),
    prisma.delivery.count({ where: { status: 'DELIVERED' } }),
  ]);
  return { workspaces, deliveries, delivered };
});
