// Recipients follow their parcel from the SMS link; the token is 128 random bits.
// ok: missing-auth
export default defineEventHandler(async (event) => {
  const trackingToken = getRouterParam(event, 'trackingToken')!;
  // ok: unscoped-tenant-query
  const delivery = await prisma.delivery.findUnique({
    where: { trackingToken },
    select: { reference: true, status: true, dropoffAddress: true, createdAt: true },
  });
  if (!delivery) throw createError({ statusCode: 404, statusMessage: 'Unknown tracking link' });
  return delivery;
});
