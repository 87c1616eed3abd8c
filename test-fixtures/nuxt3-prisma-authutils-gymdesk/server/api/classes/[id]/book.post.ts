import { z } from 'zod';

const BookBody = z.object({ memberId: z.string().cuid() });

export default defineEventHandler(async (event) => {
  const { user } = await requireUserSession(event);
  const sessionId = getRouterParam(event, 'id')!;
  const { memberId } = await readValidatedBody(event, BookBody.parse);
  // ok: unscoped-tenant-query
  const session = await prisma.classSession.findFirst({ where: { id: sessionId, gymId: user.gymId } });
  if (!session) throw createError({ statusCode: 404 });
  // expect: unscoped-tenant-query
  const member = await prisma.member.findUnique({ where: { id: memberId } });
  if (!member) throw createError({ statusCode: 404 });
  return prisma.booking.create({ data: { gymId: user.gymId, memberId: member.id, sessionId: session.id } });
});
