import jwt from 'jsonwebtoken';
import { config } from '../config';

export type Claims = { sub: string; email: string; platformAdmin?: boolean };

export function signSession(claims: Claims) {
  return jwt.sign(claims, config.jwtSecret, { algorithm: 'HS256', expiresIn: '2h' });
}

export function signRefresh(userId: string) {
  return jwt.sign({ sub: userId, kind: 'refresh' }, config.jwtSecret, { algorithm: 'HS256', expiresIn: '30d' });
}
