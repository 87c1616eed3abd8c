export type Bindings = {
  DB: D1Database;
  FILES: R2Bucket;
  JWT_SECRET: string;
  STRIPE_SECRET_KEY: string;
  STRIPE_WEBHOOK_SECRET: string;
  POSTMARK_INBOUND_TOKEN: string;
  APP_ORIGIN: string;
};

export type Claims = { sub: string; tid: string; role: 'owner' | 'admin' | 'member'; exp: number };

export type AppEnv = { Bindings: Bindings; Variables: { jwtPayload: Claims } };
