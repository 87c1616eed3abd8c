import type { JwtVariables } from 'hono/jwt';

export type Bindings = {
  DB: D1Database;
  RATE_LIMIT: KVNamespace;
  JWT_SECRET: string;
  STRIPE_SECRET_KEY: string;
  STRIPE_WEBHOOK_SECRET: string;
  APP_ORIGIN: string;
};

export type TokenPayload = { sub: string; workspaceId: string; role: 'owner' | 'editor' | 'viewer' | 'staff'; exp: number };

export type AppEnv = {
  Bindings: Bindings;
  Variables: JwtVariables & { workspaceId: string; apiKeyId: string };
};
