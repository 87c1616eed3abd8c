import { createEnv } from '@t3-oss/env-nextjs';
import { z } from 'zod';

export const env = createEnv({
  server: {
    DATABASE_URL: z.string().url(),
    MOBILE_JWT_SECRET: z.string().min(32).optional(),
  },
  client: {
    NEXT_PUBLIC_POSTHOG_KEY: z.string(),
    NEXT_PUBLIC_MAPBOX_SECRET_TOKEN: z.string(),
  },
  runtimeEnv: {
    DATABASE_URL: process.env.DATABASE_URL,
    MOBILE_JWT_SECRET: process.env.MOBILE_JWT_SECRET,
    // ok: public-env-secret
    NEXT_PUBLIC_POSTHOG_KEY: process.env.NEXT_PUBLIC_POSTHOG_KEY,
    // expect: public-env-secret
    NEXT_PUBLIC_MAPBOX_SECRET_TOKEN: process.env.NEXT_PUBLIC_MAPBOX_SECRET_TOKEN,
  },
});
