import { prisma } from '@/lib/db';
import { parseRequest } from '@/lib/request';
import { json } from '@/lib/response';

// a signed-in user joins the team whose invitation link they hold (tokens can be guessed at without a limit)
// expect: missing-rate-limit
export async function POST(request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { auth, error } = await parseRequest(request);
  if (error) return error();
  const { token } = await params;
  // the link's secret is the capability (`equals` only says how it is compared)
  // ok: unscoped-tenant-query
  const invite = await prisma.invite.findFirst({ where: { token: { equals: token } } });
  if (!invite) return Response.json({ error: 'Invalid invitation' }, { status: 404 });
  const membership = await prisma.teamUser.create({ data: { id: crypto.randomUUID(), teamId: invite.teamId, userId: auth.user!.id, role: 'member' } });
  return json(membership);
}
