import { auth } from '@clerk/nextjs/server';

type OrgContext = { orgId: string; userId: string };

/** Route handler wrapper: rejects callers without an active organization. */
export function withOrg<P>(handler: (req: Request, ctx: { params: P } & OrgContext) => Promise<Response>) {
  return async (req: Request, ctx: { params: P }) => {
    const { userId, orgId } = auth();
    if (!userId || !orgId) return Response.json({ error: 'Unauthorized' }, { status: 401 });
    return handler(req, { ...ctx, orgId, userId });
  };
}
