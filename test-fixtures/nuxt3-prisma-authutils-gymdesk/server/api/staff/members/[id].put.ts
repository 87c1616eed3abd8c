import { z } from 'zod';

const MemberPatch = z.object({ fullName: z.string().min(1).max(120), phone: z.string().max(30).nullable() });

// ok: missing-auth, missing-role-check, missing-input-validation
export default defineEventHandler(async (event) => {
  const { user } = await requireUserSession(event);
  const id = getRouterParam(event, 'id');
  const data = await readValidatedBody(event, MemberPatch.parse);
  // ok: unscoped-tenant-query
  await prisma.member.updateMany({ where: { id, gymId: user.gymId }, data });
  return { ok: true };
});
