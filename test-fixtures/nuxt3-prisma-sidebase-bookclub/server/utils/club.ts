import type { H3Event } from 'h3';

// the caller must belong to the club; optionally hold one of the given roles in it
export async function requireClubMember(event: H3Event, clubId: string, roles?: string[]) {
  const user = event.context.user;
  if (!user) throw createError({ statusCode: 401 });
  const membership = await prisma.clubMember.findFirst({ where: { clubId, userId: user.id } });
  if (!membership) throw createError({ statusCode: 404, statusMessage: 'Club not found' });
  if (roles && !roles.includes(membership.role)) throw createError({ statusCode: 403 });
  return membership;
}
