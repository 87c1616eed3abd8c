import jwt from 'jsonwebtoken';

// ok: missing-auth
export default defineEventHandler(async (event) => {
  const raw = getHeader(event, 'authorization')?.replace('Bearer ', '') ?? '';
  // expect: insecure-jwt
  const payload = jwt.decode(raw) as { sub?: string } | null;
  if (!payload?.sub) throw createError({ statusCode: 401, statusMessage: 'Unauthorized' });
  // expect: unscoped-tenant-query
  return prisma.user.findUnique({
    where: { id: payload.sub },
    select: { id: true, email: true, role: true, workspaceId: true },
  });
});
