import { z } from 'zod';

const bodySchema = z.object({ phone: z.string().min(6), pin: z.string().regex(/^\d{6}$/), workspaceId: z.string() });

// ok: missing-auth, missing-rate-limit, missing-input-validation
export default defineEventHandler(async (event) => {
  await enforceRateLimit(event, 'driver-login');
  const { phone, pin, workspaceId } = await readValidatedBody(event, bodySchema.parse);

  const user = await prisma.user.findUnique({ where: { phone } });
  if (!user || !(await verifyPassword(user.passwordHash, pin))) {
    throw createError({ statusCode: 401, statusMessage: 'Wrong phone number or PIN' });
  }
  const member = await prisma.workspaceMember.findUnique({
    where: { workspaceId_userId: { workspaceId, userId: user.id } },
  });
  if (!member || member.role !== 'DRIVER') {
    throw createError({ statusCode: 403, statusMessage: 'Not a driver of this workspace' });
  }

  const token = signDriverToken({ sub: user.id, workspaceId });
  // expect: insecure-cookie
  setCookie(event, 'driver_token', token, { maxAge: 60 * 60 * 12, path: '/', httpOnly: false, secure: false });
  return { token };
});
