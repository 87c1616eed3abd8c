import { HTTPException } from 'hono/http-exception';
import { and, eq } from 'drizzle-orm';
import { db, schema } from '../db/index.js';

/** 404 unless the ticket belongs to the organization. */
export async function assertTicketInOrg(orgId: string, ticketId: number) {
  // ok: unscoped-tenant-query
  const [row] = await db
    .select({ id: schema.tickets.id })
    .from(schema.tickets)
    .where(and(eq(schema.tickets.id, ticketId), eq(schema.tickets.organizationId, orgId)))
    .limit(1);
  if (!row) throw new HTTPException(404, { message: 'ticket not found' });
  return row;
}
