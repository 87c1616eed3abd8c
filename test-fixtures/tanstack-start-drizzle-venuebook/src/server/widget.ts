import { createServerFn } from '@tanstack/react-start';
import { getRequestHeader, setResponseHeader } from '@tanstack/react-start/server';
import { and, eq } from 'drizzle-orm';
import { db, booking } from '../db';
import { authMiddleware } from '../lib/middleware';

// the partner-site widget shows the signed-in manager's next bookings; any origin may read it with cookies
// ok: missing-auth
export const widgetUpcoming = createServerFn({ method: 'GET' })
  .middleware([authMiddleware])
  .handler(async ({ context }) => {
    // expect: cors-wildcard
    setResponseHeader('Access-Control-Allow-Origin', getRequestHeader('origin') ?? '*');
    setResponseHeader('Access-Control-Allow-Credentials', 'true');
    // ok: unscoped-tenant-query
    return db.select().from(booking).where(and(eq(booking.organizationId, context.orgId), eq(booking.status, 'confirmed'))).limit(5);
  });
