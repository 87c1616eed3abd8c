// The door-lock vendor posts an event each time a member badge is scanned.
// expect: unverified-webhook
export default defineEventHandler(async (event) => {
  const body = await readBody<{ memberId: string; door: string }>(event);
  await prisma.booking.updateMany({
    where: { memberId: body.memberId, status: 'booked' },
    data: { status: 'attended' },
  });
  return { ok: true };
});
