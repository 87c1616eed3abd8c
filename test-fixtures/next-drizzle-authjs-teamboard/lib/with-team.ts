import { and, eq } from 'drizzle-orm';
import type { Session } from 'next-auth';
import { auth } from '@/auth';
import { db, memberships } from '@/db';

type TeamContext = { session: Session; teamId: string; role: 'owner' | 'admin' | 'member' };
type RouteParams = { params: Promise<Record<string, string>> };
type TeamHandler = (req: Request, ctx: TeamContext, route: RouteParams) => Promise<Response>;

// the team comes from the x-team-id header the dashboard sends; membership is checked here
export function withTeam(handler: TeamHandler) {
  return async (req: Request, route: RouteParams) => {
    const session = await auth();
    if (!session?.user) return Response.json({ error: 'unauthorized' }, { status: 401 });
    const teamId = req.headers.get('x-team-id');
    if (!teamId) return Response.json({ error: 'team required' }, { status: 400 });
    const membership = await db.query.memberships.findFirst({
      where: and(eq(memberships.teamId, teamId), eq(memberships.userId, session.user.id)),
    });
    if (!membership) return Response.json({ error: 'forbidden' }, { status: 403 });
    return handler(req, { session, teamId, role: membership.role }, route);
  };
}
