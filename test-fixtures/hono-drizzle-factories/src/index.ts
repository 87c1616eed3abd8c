import { serve } from '@hono/node-server'
import { createApp } from './app.js'
import { createDb } from './db/client.js'

const app = createApp({ db: createDb(process.env.DATABASE_URL!) })

serve({ fetch: app.fetch, port: Number(process.env.PORT ?? 8787) })
