// Coaches leave notes on a member; the session check lives in the onRequest hook.
async function requireCoach(event: Parameters<Parameters<typeof defineEventHandler>[0]>[0]) {
  const { user } = await requireUserSession(event);
  event.context.coach = user;
}

// ok: missing-auth
export default defineEventHandler({
  onRequest: [requireCoach],
  handler: async (event) => {
    const body = await readBody<{ memberId: string; note: string }>(event);
    // expect: unscoped-tenant-query
    const member = await prisma.member.findUnique({ where: { id: body.memberId } });
    if (!member) throw createError({ statusCode: 404 });
    return { member: member.fullName, note: body.note };
  },
});
