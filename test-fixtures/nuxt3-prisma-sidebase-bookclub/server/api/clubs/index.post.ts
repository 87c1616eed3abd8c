import { z } from 'zod';

const CreateClub = z.object({ name: z.string().min(3).max(60), isPublic: z.boolean().default(false) });

// ok: missing-input-validation
export default defineEventHandler(async (event) => {
  const user = event.context.user;
  const input = await readValidatedBody(event, CreateClub.parse);
  try {
    return await prisma.club.create({
      data: { ...input, members: { create: { userId: user.id, role: 'OWNER' } } },
    });
  } catch (e: any) {
    // expect: error-details-leak
    throw createError({ statusCode: 500, statusMessage: e.message });
  }
});
