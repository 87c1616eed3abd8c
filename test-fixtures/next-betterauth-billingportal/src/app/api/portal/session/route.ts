import { NextResponse } from 'next/server';
import { z } from 'zod';
import { randomBytes } from 'node:crypto';
import bcrypt from 'bcryptjs';
import { eq } from 'drizzle-orm';
import { db, customers } from '@/db';

// Customers open their invoices with the access code printed on the invoice.
const body = z.object({ email: z.string().email(), code: z.string().length(8) });

// ok: missing-auth
// expect: missing-rate-limit
export async function POST(request: Request) {
  const { email, code } = body.parse(await request.json());
  const customer = await db.query.customers.findFirst({ where: eq(customers.email, email) });
  if (!customer?.accessCodeHash || !(await bcrypt.compare(code, customer.accessCodeHash))) return NextResponse.json({ error: 'Invalid code' }, { status: 401 });
  const token = randomBytes(32).toString('base64url');
  const response = NextResponse.json({ ok: true });
  // expect: insecure-cookie
  response.cookies.set('portal_session', token, { httpOnly: true, path: '/portal' });
  return response;
}
