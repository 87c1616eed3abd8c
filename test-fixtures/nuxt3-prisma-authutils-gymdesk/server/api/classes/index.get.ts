// Timetable for the public website... but it returns every gym's sessions, including private ones.
// expect: missing-auth
export default defineEventHandler(async (event) => {
  const gymId = getQuery(event).gym as string | undefined;
  return prisma.classSession.findMany({
    where: gymId ? { gymId } : {},
    include: { bookings: { include: { member: true } } },
  });
});
