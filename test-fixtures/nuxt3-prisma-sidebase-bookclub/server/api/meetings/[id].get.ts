export default defineEventHandler(async (event) => {
  await requireUser(event);
  const id = getRouterParam(event, 'id')!;
  // expect: unscoped-tenant-query
  const meeting = await prisma.meeting.findUnique({
    where: { id },
    include: { rsvps: { include: { user: { select: { name: true } } } }, club: true },
  });
  if (!meeting) throw createError({ statusCode: 404 });
  return meeting;
});
