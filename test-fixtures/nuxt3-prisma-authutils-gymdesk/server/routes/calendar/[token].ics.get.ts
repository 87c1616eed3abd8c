// Members subscribe to their bookings with a private calendar link.
// ok: missing-auth
export default defineEventHandler(async (event) => {
  const token = getRouterParam(event, 'token');
  const member = await prisma.member.findFirst({ where: { calendarToken: token } });
  if (!member) throw createError({ statusCode: 404 });
  const bookings = await prisma.booking.findMany({ where: { memberId: member.id }, include: { session: true } });
  setResponseHeader(event, 'Content-Type', 'text/calendar');
  return ['BEGIN:VCALENDAR', ...bookings.map((b) => `SUMMARY:${b.session.title}`), 'END:VCALENDAR'].join('\n');
});
