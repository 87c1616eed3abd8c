import type { CreateExpressContextOptions } from '@trpc/server/adapters/express';
import { db } from './db/index.js';
import { verifyAccessToken, type TokenClaims } from './lib/tokens.js';

export async function createContext({ req, res }: CreateExpressContextOptions) {
  let user: TokenClaims | null = null;
  const header = req.headers.authorization;
  if (header?.startsWith('Bearer ')) {
    try {
      user = verifyAccessToken(header.slice(7));
    } catch {
      user = null;
    }
  }
  return { req, res, user, db };
}

export type Context = Awaited<ReturnType<typeof createContext>>;
