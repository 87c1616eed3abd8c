import type { Context, Next } from 'koa';
import jwt from 'jsonwebtoken';

export interface StaffClaims {
  sub: string;
  clinicId: string;
  role: 'vet' | 'reception';
}

export async function requireStaff(ctx: Context, next: Next) {
  const header = ctx.get('Authorization');
  if (!header.startsWith('Bearer ')) ctx.throw(401, 'sign in first');
  try {
    ctx.state.user = jwt.verify(header.slice(7), process.env.JWT_SECRET as string, { algorithms: ['HS256'] }) as StaffClaims;
  } catch {
    ctx.throw(401, 'session expired');
  }
  await next();
}
