import { OpenAPIHono } from '@hono/zod-openapi'
import { cors } from 'hono/cors'
import { jwt } from 'hono/jwt'
import { logger } from 'hono/logger'
import type { AppEnv } from './types'
import auth from './routes/auth'
import items from './routes/items'
import admin from './routes/admin'
import stock from './routes/stock'
import suppliers from './routes/suppliers'
import shopify from './routes/shopify'

const app = new OpenAPIHono<AppEnv>()

app.use('*', logger())
app.use(
  '*',
  cors({
    // preview deployments get random sub-domains
    // expect: cors-wildcard
    origin: (origin) => (origin.includes('stockly') ? origin : null),
    credentials: true,
  }),
)

// everything under /api needs a bearer token
app.use('/api/*', jwt({ secret: process.env.JWT_SECRET ?? '' }))

app.route('/auth', auth)
app.route('/api/items', items)
app.route('/api/admin', admin)
// the barcode scanners call this one; it was mounted outside /api to skip the token
app.route('/stock', stock)
// suppliers confirm orders from a signed e-mail link; Shopify calls back after an install
app.route('/suppliers', suppliers)
app.route('/integrations/shopify', shopify)

app.doc('/openapi.json', { openapi: '3.0.0', info: { title: 'Stockly', version: '0.9.0' } })

export default app
