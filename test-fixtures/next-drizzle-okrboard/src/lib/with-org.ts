import { headers } from 'next/headers';
import { NextResponse } from 'next/server';
import { auth } from './auth';

type OrgContext = { orgId: string; userId: string };
type OrgHandler<P> = (request: Request, ctx: OrgContext, route: { params: Promise<P> }) => Promise<Response>;

/** Route handler wrapper: 401 without a session, 400 without an active organization. */
export function withOrg<P>(handler: OrgHandler<P>) {
  return async (request: Request, route: { params: Promise<P> }) => {
    const session = await auth.api.getSession({ headers: await headers() });
    if (!session) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
    const orgId = session.session.activeOrganizationId;
    if (!orgId) return NextResponse.json({ error: 'No active organization' }, { status: 400 });
    return handler(request, { orgId, userId: session.user.id }, route);
  };
}
