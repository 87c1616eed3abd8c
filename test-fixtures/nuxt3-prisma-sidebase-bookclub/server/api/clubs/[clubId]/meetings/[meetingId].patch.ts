import { z } from 'zod';

const MeetingPatch = z.object({
  startsAt: z.coerce.date().optional(),
  location: z.string().max(120).optional(),
  agenda: z.string().max(2000).optional(),
});

// ok: missing-input-validation
export default defineEventHandler(async (event) => {
  const clubId = getRouterParam(event, 'clubId')!;
  const meetingId = getRouterParam(event, 'meetingId')!;
  await requireClubMember(event, clubId, ['OWNER', 'MODERATOR']);
  const data = await readValidatedBody(event, MeetingPatch.parse);
  // ok: unscoped-tenant-query
  const { count } = await prisma.meeting.updateMany({ where: { id: meetingId, clubId }, data });
  if (!count) throw createError({ statusCode: 404 });
  return { ok: true };
});
