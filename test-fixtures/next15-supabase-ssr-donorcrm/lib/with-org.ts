import { NextResponse } from 'next/server';
import { HttpError, requireMembership, type MemberRole } from '@/lib/auth';

type OrgHandler = (req: Request, ctx: { orgId: string; userId: string }) => Promise<Response>;

// route handler wrapper: the caller must belong to the org of the path, with one of the roles when given
export function withOrg(roles: MemberRole[] | null, handler: OrgHandler) {
  return async (req: Request, { params }: { params: Promise<{ orgId: string }> }) => {
    const { orgId } = await params;
    try {
      const { user } = await requireMembership(orgId, roles ?? undefined);
      return await handler(req, { orgId, userId: user.id });
    } catch (err) {
      if (err instanceof HttpError) return NextResponse.json({ error: err.message }, { status: err.status });
      throw err;
    }
  };
}
