// the owner downloads the member list as CSV
// expect: missing-rate-limit
export default defineEventHandler(async (event) => {
  const clubId = getRouterParam(event, 'clubId')!;
  await requireClubMember(event, clubId, ['OWNER']);
  // ok: unscoped-tenant-query
  const members = await prisma.clubMember.findMany({ where: { clubId }, include: { user: true } });
  setResponseHeader(event, 'Content-Type', 'text/csv');
  setResponseHeader(event, 'Content-Disposition', 'attachment; filename="members.csv"');
  return ['name,email,role', ...members.map((m) => `${m.user.name},${m.user.email},${m.role}`)].join('\n');
});
