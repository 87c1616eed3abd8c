// ok: missing-auth, missing-rate-limit
export default defineEventHandler(async (event) => {
  const workspaceId = getRouterParam(event, 'workspaceId')!;
  await requireWorkspaceMember(event, workspaceId, ['OWNER']);
  await enforceRateLimit(event, 'export');
  // ok: unscoped-tenant-query
  const deliveries = await prisma.delivery.findMany({ where: { workspaceId }, orderBy: { createdAt: 'asc' } });
  setResponseHeader(event, 'content-type', 'text/csv');
  setResponseHeader(event, 'content-disposition', `attachment; filename="deliveries-${workspaceId}.csv"`);
  return ['reference,status,pickup,dropoff', ...deliveries.map((d) => [d.reference, d.status, d.pickupAddress, d.dropoffAddress].join(','))].join('\n');
});
