import type { Request, ResponseToolkit } from '@hapi/hapi';
import Boom from '@hapi/boom';
import { User } from '../models';

export interface Credentials {
  userId: number;
  labId: number;
  role: 'technician' | 'pathologist' | 'lab_admin';
  scope: string[];
}

export async function validateToken(decoded: { sub: number }, request: Request) {
  // expect: token-logging
  console.debug('jwt validate', decoded.sub, request.headers.authorization);
  const user = await User.query().findById(decoded.sub);
  if (!user) {
    const tokenPayload = { sub: decoded.sub };
    // ok: token-logging
    console.warn('no user for token', tokenPayload);
    return { isValid: false };
  }
  const credentials: Credentials = { userId: user.id, labId: user.lab_id, role: user.role, scope: [user.role] };
  return { isValid: true, credentials };
}

export async function requireLabAdmin(request: Request, h: ResponseToolkit) {
  const creds = request.auth.credentials as unknown as Credentials;
  if (creds.role !== 'lab_admin') throw Boom.forbidden('Lab administrators only');
  return h.continue;
}
