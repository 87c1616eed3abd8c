import type { DrizzleD1Database } from 'drizzle-orm/d1';

export type Bindings = {
  DB: D1Database;
  CLICKS: AnalyticsEngineDataset;
  JWT_SECRET: string;
  ADMIN_TOKEN: string;
  APP_ORIGIN: string;
  SHORT_DOMAIN: string;
};

export type SessionUser = { sub: string; email: string; staff?: boolean };

export type AppEnv = {
  Bindings: Bindings;
  Variables: { user: SessionUser; db: DrizzleD1Database };
};
