import type { Database } from './db/client'

export type Role = 'admin' | 'agent' | 'member'

export type Bindings = {
  DATABASE_URL: string
  JWT_SECRET: string
  INBOUND_WEBHOOK_SECRET: string
  ENVIRONMENT: string
}

export type AuthUser = {
  id: string
  orgId: string
  role: Role
  email: string
}

export type AppEnv = {
  Bindings: Bindings
  Variables: {
    db: Database
    user: AuthUser
  }
}
