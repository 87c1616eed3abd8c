import type { Database } from './db/client.js'

export type SessionUser = { id: string; accountId: string; role: 'owner' | 'member' }

export type Env = {
  Variables: { user: SessionUser }
}

export type Deps = { db: Database }
