// platform staff remove abusive clubs; tenant roles live on ClubMember, User.role is the platform's
// ok: missing-role-check
export default defineEventHandler(async (event) => {
  const user = await requireUser(event);
  if (user.role !== 'admin') throw createError({ statusCode: 403, statusMessage: 'Staff only' });
  const clubId = getRouterParam(event, 'clubId')!;
  await prisma.clubMember.deleteMany({ where: { clubId } });
  // ok: unscoped-tenant-query
  await prisma.club.delete({ where: { id: clubId } });
  return { deleted: clubId };
});
