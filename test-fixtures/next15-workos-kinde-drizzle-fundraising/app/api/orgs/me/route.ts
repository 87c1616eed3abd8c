import { withAuth } from '@workos-inc/authkit-nextjs';

// ok: missing-auth
export async function GET() {
  const { user, organizationId, role, accessToken } = await withAuth({ ensureSignedIn: true });
  // leftover from debugging the SSO rollout
  // expect: token-logging
  console.log(`[me] ${user.email} org=${organizationId} token=${accessToken}`);
  return Response.json({ id: user.id, email: user.email, firstName: user.firstName, organizationId, role });
}
