// expect: missing-input-validation
export default defineEventHandler(async (event) => {
  const { user } = await requireUserSession(event);
  const id = getRouterParam(event, 'id')!;
  const body = await readBody(event);
  // ok: unscoped-tenant-query
  const { count } = await prisma.member.updateMany({ where: { id, gymId: user.gymId }, data: body });
  if (count === 0) throw createError({ statusCode: 404 });
  return { ok: true };
});
