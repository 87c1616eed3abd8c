import type { Context } from 'hono';
import { and, eq } from 'drizzle-orm';
import { HTTPException } from 'hono/http-exception';
import { db, tickets } from '../db';

export type InboxClaims = { sub: string; orgId: string; role: 'owner' | 'admin' | 'agent' };

export const claims = (c: Context) => c.get('jwtPayload') as InboxClaims;

// Loads a ticket only when it belongs to the caller's organization.
export async function ticketInOrg(c: Context, ticketId: string) {
  const { orgId } = claims(c);
  // ok: unscoped-tenant-query
  const [ticket] = await db.select().from(tickets).where(and(eq(tickets.id, ticketId), eq(tickets.orgId, orgId))).limit(1);
  if (!ticket) throw new HTTPException(404, { message: 'ticket not found' });
  return ticket;
}
