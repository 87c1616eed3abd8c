import { z } from 'zod';

const NewMember = z.object({
  fullName: z.string().min(1).max(120),
  email: z.string().email(),
  phone: z.string().max(30).optional(),
});

// ok: missing-input-validation, missing-auth
export default defineEventHandler(async (event) => {
  const { user } = await requireUserSession(event);
  const body = await readValidatedBody(event, NewMember.parse);
  return prisma.member.create({ data: { ...body, gymId: user.gymId } });
});
