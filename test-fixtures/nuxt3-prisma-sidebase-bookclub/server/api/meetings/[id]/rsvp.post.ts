// /api/meetings is outside the paths 1.auth.ts refuses, and nothing here refuses either
// expect: missing-auth, missing-input-validation
export default defineEventHandler(async (event) => {
  const meetingId = getRouterParam(event, 'id')!;
  const user = event.context.user;
  const body = await readBody(event);
  return prisma.rsvp.upsert({
    where: { meetingId_userId: { meetingId, userId: user?.id } },
    create: { meetingId, userId: user?.id, going: body.going },
    update: { going: body.going },
  });
});
