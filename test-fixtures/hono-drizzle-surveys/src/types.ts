import type { DrizzleD1Database } from 'drizzle-orm/d1'
import type * as schema from './db/schema'

export type Role = 'owner' | 'editor' | 'viewer'

export type Claims = { sub: string; workspaceId: string; role: Role; exp: number }

export type AppEnv = {
  Bindings: {
    DB: D1Database
    JWT_SECRET: string
    ADMIN_TOKEN: string
    STRIPE_SECRET_KEY: string
    STRIPE_WEBHOOK_SECRET: string
    POLAR_WEBHOOK_SECRET: string
    TYPEFORM_WEBHOOK_SECRET: string
    MAILER_WEBHOOK_SECRET: string
    RATE_LIMIT: KVNamespace
  }
  Variables: {
    db: DrizzleD1Database<typeof schema>
    jwtPayload: Claims
  }
}
