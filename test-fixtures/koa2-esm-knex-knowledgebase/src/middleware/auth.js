import jwt from 'jsonwebtoken';
import { config } from '../config.js';

export async function requireAuth(ctx, next) {
  const header = ctx.get('Authorization');
  const token = header.startsWith('Bearer ') ? header.slice(7) : ctx.cookies.get('kb_token');
  if (!token) ctx.throw(401, 'Authentication required');
  try {
    const claims = jwt.verify(token, config.jwtSecret, { algorithms: ['HS256'] });
    ctx.state.user = { id: claims.sub, accountId: claims.acc, role: claims.role };
  } catch {
    ctx.throw(401, 'Invalid or expired token');
  }
  await next();
}

export function requireRole(...roles) {
  return async (ctx, next) => {
    if (!roles.includes(ctx.state.user?.role)) ctx.throw(403, 'Insufficient role');
    await next();
  };
}

export function signToken(user) {
  return jwt.sign({ sub: user.id, acc: user.account_id, role: user.role }, config.jwtSecret, {
    algorithm: 'HS256',
    expiresIn: '8h',
  });
}
