import type { AuthSession } from './auth.js';
import type { member } from './db/schema.js';

export type OrgRole = 'owner' | 'admin' | 'chef' | 'server';

export type KioskClaims = { sub: string; org: string; exp: number };

export type AppEnv = {
  Variables: {
    user: AuthSession['user'] | null;
    session: AuthSession['session'] | null;
    orgId: string;
    membership: typeof member.$inferSelect;
    jwtPayload: KioskClaims;
  };
};
