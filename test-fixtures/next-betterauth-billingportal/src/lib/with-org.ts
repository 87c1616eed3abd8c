import { auth } from './auth';

type OrgContext<P> = { orgId: string; userId: string; params: P };

// Route-handler wrapper: resolves the session's active organization or answers 401.
export function withOrg<P = Record<string, string>>(handler: (req: Request, ctx: OrgContext<P>) => Promise<Response>) {
  return async (req: Request, { params }: { params: Promise<P> }) => {
    const session = await auth.api.getSession({ headers: req.headers });
    const orgId = session?.session.activeOrganizationId;
    if (!session || !orgId) {
      return Response.json({ error: 'Unauthorized' }, { status: 401 });
    }
    return handler(req, { orgId, userId: session.user.id, params: await params });
  };
}
