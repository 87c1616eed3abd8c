import jwt from 'jsonwebtoken';
import { randomBytes } from 'node:crypto';

// expect: insecure-jwt
const EMBED_SECRET = process.env.EMBED_TOKEN_SECRET ?? 'teamboard-embed-dev';

export function signEmbedToken(boardId: string, teamId: string) {
  return jwt.sign({ boardId, teamId }, EMBED_SECRET, { algorithm: 'HS256', expiresIn: '1h' });
}

export function verifyEmbedToken(token: string) {
  return jwt.verify(token, EMBED_SECRET, { algorithms: ['HS256'] }) as { boardId: string; teamId: string };
}

export function randomToken(bytes = 32) {
  return randomBytes(bytes).toString('base64url');
}
