import { Env } from '@adonisjs/core/env'

export default await Env.create(new URL('../', import.meta.url), {
  NODE_ENV: Env.schema.enum(['development', 'production', 'test'] as const),
  PORT: Env.schema.number(),
  HOST: Env.schema.string({ format: 'host' }),
  APP_KEY: Env.schema.string.optional(),
  APP_URL: Env.schema.string(),
  SESSION_DRIVER: Env.schema.enum(['cookie', 'memory', 'redis'] as const),
  DB_HOST: Env.schema.string({ format: 'host' }),
  DB_USER: Env.schema.string(),
  DB_PASSWORD: Env.schema.string.optional(),
  DB_DATABASE: Env.schema.string(),
  STRIPE_SECRET_KEY: Env.schema.string(),
  STRIPE_WEBHOOK_SECRET: Env.schema.string(),
  CORS_ORIGINS: Env.schema.string.optional(),
})
