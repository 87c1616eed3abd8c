import { createMiddleware } from '@tanstack/react-start';
import { currentSession } from '../server/session';

interface Partner {
  id: string;
  organizationId: string;
}

async function partnerFor(token: string): Promise<Partner | null> {
  const res = await fetch(`${process.env.AUTH_API_URL}/me`, { headers: { authorization: `Bearer ${token}` } });
  return res.ok ? ((await res.json()) as Partner) : null;
}

/** The partner behind the session cookie, or the call fails. */
export const requirePartner = createMiddleware().server(async ({ next }) => {
  const token = currentSession();
  if (!token) throw new Error('Unauthorized');
  const partner = await partnerFor(token);
  if (!partner) throw new Error('Unauthorized');
  return next({ context: { partner, organizationId: partner.organizationId } });
});
