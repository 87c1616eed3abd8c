export type Claims = {
  sub: string;
  wid: string;
  role: 'owner' | 'editor' | 'staff';
  exp: number;
};

export type AppEnv = {
  Bindings: {
    DB: D1Database;
    MEDIA: R2Bucket;
    JWT_SECRET: string;
    STRIPE_SECRET_KEY: string;
    STRIPE_WEBHOOK_SECRET: string;
    TRANSCODER_API_KEY: string;
    APP_ORIGIN: string;
    MAX_AUDIO_MB: string;
  };
  Variables: {
    jwtPayload: Claims;
    partnerWorkspace: string;
  };
};
