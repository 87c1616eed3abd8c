import type { APIRoute } from 'astro';
import { decodeJwt } from 'jose';
import { and, eq, gte } from 'drizzle-orm';
import { bookings, db } from '../../../db';

// Corporate partners (who buy desk passes for their staff) list their staff's bookings
// (a gate that only decodes the token authenticates nobody: anyone can write the claims)
// expect: missing-auth
export const GET: APIRoute = async ({ request }) => {
  const token = request.headers.get('authorization')?.replace(/^Bearer /, '');
  if (!token) return new Response(null, { status: 401 });
  // expect: insecure-jwt
  const claims = decodeJwt(token);
  if (typeof claims.org !== 'string') return new Response(null, { status: 401 });
  // (the organization comes from claims nobody verified: the route is unauthenticated, reported by missing-auth)
  // ok: unscoped-tenant-query
  const rows = await db
    .select()
    .from(bookings)
    .where(and(eq(bookings.organizationId, claims.org), gte(bookings.startsAt, new Date())));
  return Response.json(rows);
};
