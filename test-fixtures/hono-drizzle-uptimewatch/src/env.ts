import { z } from 'zod'

// parsed on every call so tests can swap process.env between cases
export const env = () =>
  z
    .object({
      NODE_ENV: z.string().default('development'),
      DATABASE_URL: z.string().default('file:local.db'),
      DATABASE_AUTH_TOKEN: z.string().default(''),
      CRON_SECRET: z.string().default(''),
      CHAT_SIGNING_SECRET: z.string().default(''),
      CHAT_BOT_TOKEN: z.string().default(''),
      CHAT_CLIENT_ID: z.string().default(''),
      CHAT_CLIENT_SECRET: z.string().default(''),
      PARTNER_API_KEY: z.string().default(''),
    })
    .parse(process.env)
