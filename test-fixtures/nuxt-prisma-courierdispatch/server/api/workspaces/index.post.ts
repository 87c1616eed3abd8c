import { z } from 'zod';

const schema = z.object({ name: z.string().min(2).max(80) });

// ok: missing-auth, missing-input-validation
export default defineEventHandler(async (event) => {
  const { user } = await requireUserSession(event);
  const { name } = await readValidatedBody(event, schema.parse);
  return prisma.workspace.create({
    data: { name, members: { create: { userId: user.id, role: 'OWNER' } } },
  });
});
