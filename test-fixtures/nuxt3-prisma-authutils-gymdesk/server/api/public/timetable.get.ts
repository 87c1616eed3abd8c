// Embeddable timetable widget for partner sites.
export default defineEventHandler(async (event) => {
  // expect: cors-wildcard
  handleCors(event, { origin: '*', credentials: true, methods: ['GET'] });
  const gymId = getQuery(event).gym as string;
  return prisma.classSession.findMany({
    where: { gymId, startsAt: { gte: new Date() } },
    select: { id: true, title: true, startsAt: true, capacity: true },
  });
});
