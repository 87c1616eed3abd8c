import type { Request } from 'express';
import jwt from 'jsonwebtoken';

export interface AuthUser {
  id: string;
  orgId: string;
  role: string;
}

// tsoa calls this for every @Security('jwt', scopes) route; what it resolves becomes request.user
export async function expressAuthentication(request: Request, securityName: string, scopes: string[] = []): Promise<AuthUser> {
  if (securityName !== 'jwt') throw new Error(`unknown security scheme ${securityName}`);
  const header = request.headers.authorization;
  if (!header?.startsWith('Bearer ')) throw new Error('missing token');
  const user = jwt.verify(header.slice(7), process.env.JWT_SECRET!, { algorithms: ['HS256'] }) as AuthUser;
  if (scopes.length && !scopes.includes(user.role)) throw new Error('insufficient scope');
  return user;
}
