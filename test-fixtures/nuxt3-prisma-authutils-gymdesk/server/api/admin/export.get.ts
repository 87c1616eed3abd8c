// expect: missing-rate-limit
export default defineEventHandler(async (event) => {
  const staff = await requireStaff(event);
  // ok: unscoped-tenant-query
  const members = await prisma.member.findMany({ where: { gymId: staff.gymId } });
  setResponseHeader(event, 'Content-Type', 'text/csv');
  return ['name,email', ...members.map((m) => `${m.fullName},${m.email}`)].join('\n');
});
