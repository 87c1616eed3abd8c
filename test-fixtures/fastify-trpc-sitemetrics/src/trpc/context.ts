import type { CreateFastifyContextOptions } from '@trpc/server/adapters/fastify';
import type { SessionResult } from '../auth/session';

const COOKIE_DEFAULTS = {
  httpOnly: true,
  secure: process.env.NODE_ENV === 'production',
  sameSite: 'lax',
  path: '/',
} as const;

export async function createContext({ req, res }: CreateFastifyContextOptions) {
  // routers set cookies through this helper, which always adds the app's cookie options
  const setCookie = (name: string, value: string, options: { maxAge?: number } = {}) => {
    res.setCookie(name, value, { maxAge: options.maxAge, ...COOKIE_DEFAULTS });
  };
  return {
    req,
    res,
    session: (req as unknown as { session: SessionResult }).session,
    setCookie,
  };
}

export type Context = Awaited<ReturnType<typeof createContext>>;
