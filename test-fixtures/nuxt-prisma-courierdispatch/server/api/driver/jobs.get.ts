// ok: missing-auth
export default defineEventHandler(async (event) => {
  const driver = event.context.driver as DriverClaims;
  // ok: unscoped-tenant-query
  return prisma.delivery.findMany({
    where: { driverId: driver.sub, workspaceId: driver.workspaceId, status: { in: ['ASSIGNED', 'PICKED_UP'] } },
    orderBy: { createdAt: 'asc' },
  });
});
