import type { AuthSession, AuthUser } from './auth.js';

export type AppEnv = {
  Variables: {
    user: AuthUser | null;
    session: AuthSession | null;
  };
};
