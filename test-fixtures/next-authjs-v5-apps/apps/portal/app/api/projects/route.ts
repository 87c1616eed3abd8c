import { prisma } from '@/lib/db';

// The middleware's `authorized` callback turns away anonymous callers before this runs.
// ok: missing-auth
export async function GET(req: Request) {
  const orgId = new URL(req.url).searchParams.get('orgId') ?? '';
  // expect: unscoped-tenant-query
  const projects = await prisma.project.findMany({ where: { organizationId: orgId } });
  return Response.json(projects);
}
