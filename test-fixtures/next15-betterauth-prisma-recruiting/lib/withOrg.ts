import { NextResponse } from 'next/server';
import { headers } from 'next/headers';
import { auth } from './auth';

type OrgContext = { organizationId: string; userId: string };
type OrgHandler = (request: Request, ctx: OrgContext) => Promise<Response>;

/** Route handler wrapper: 401 without a session, 400 without an active organization. */
export function withOrg(handler: OrgHandler) {
  return async (request: Request) => {
    const session = await auth.api.getSession({ headers: await headers() });
    if (!session) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
    const organizationId = session.session.activeOrganizationId;
    if (!organizationId) return NextResponse.json({ error: 'Pick an organization' }, { status: 400 });
    return handler(request, { organizationId, userId: session.user.id });
  };
}
