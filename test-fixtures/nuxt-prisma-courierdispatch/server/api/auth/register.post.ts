import { z } from 'zod';

const bodySchema = z.object({
  name: z.string().min(1).max(100),
  email: z.string().email(),
  password: z.string().min(10).max(200),
  company: z.string().min(2).max(100),
});

// expect: missing-rate-limit
// ok: missing-auth, missing-input-validation
export default defineEventHandler(async (event) => {
  const body = await readValidatedBody(event, bodySchema.parse);
  const passwordHash = await hashPassword(body.password);

  const user = await prisma.user.create({
    data: {
      name: body.name,
      email: body.email.toLowerCase(),
      passwordHash,
      memberships: { create: { role: 'OWNER', workspace: { create: { name: body.company } } } },
    },
  });

  await setUserSession(event, { user: { id: user.id, name: user.name, email: user.email, role: user.role } });
  setResponseStatus(event, 201);
  return { id: user.id };
});
