export default defineEventHandler(async (event) => {
  const { user } = await requireUserSession(event);
  const id = getRouterParam(event, 'id');
  try {
    // ok: unscoped-tenant-query
    await prisma.booking.deleteMany({ where: { id, gymId: user.gymId } });
    return { ok: true };
  } catch (err: any) {
    // expect: error-details-leak
    throw createError({ statusCode: 500, message: err.message, data: { stack: err.stack } });
  }
});
