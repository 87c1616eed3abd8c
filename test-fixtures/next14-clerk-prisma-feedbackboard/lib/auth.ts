import { auth } from '@clerk/nextjs/server';

export class HttpError extends Error {
  constructor(public status: number, message: string) {
    super(message);
  }
}

/** The caller's active organization; throws 401/403 when there is none. */
export function requireOrg() {
  const { userId, orgId, orgRole } = auth();
  if (!userId) throw new HttpError(401, 'Unauthorized');
  if (!orgId) throw new HttpError(403, 'Select an organization first');
  return { userId, orgId, orgRole };
}

export function requireOrgAdmin() {
  const ctx = requireOrg();
  if (ctx.orgRole !== 'org:admin') throw new HttpError(403, 'Admins only');
  return ctx;
}

/** Feedbackboard staff (not an organization role): set in Clerk public metadata. */
export function requirePlatformAdmin() {
  const { userId, sessionClaims } = auth();
  if (!userId) throw new HttpError(401, 'Unauthorized');
  if (sessionClaims?.metadata?.role !== 'platform_admin') throw new HttpError(403, 'Forbidden');
  return { userId };
}

export function toResponse(err: unknown) {
  if (err instanceof HttpError) return Response.json({ error: err.message }, { status: err.status });
  console.error(err);
  return Response.json({ error: 'Internal error' }, { status: 500 });
}
