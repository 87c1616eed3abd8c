import { prisma } from '$lib/server/db';

// ok: missing-auth
// expect: missing-role-check
export const load = async ({ locals }) => ({
  members: await prisma.member.findMany({ where: { companyId: locals.member.companyId }, select: { id: true, email: true, role: true } }),
});
