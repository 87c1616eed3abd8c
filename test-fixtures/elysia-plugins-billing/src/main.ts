import { Elysia } from 'elysia'
import { swagger } from '@elysiajs/swagger'
import { cors } from '@elysiajs/cors'
import { prisma } from './lib/prisma'
import { authRoutes } from './routes/auth'
import { receiptRoutes } from './routes/receipts'
import { subscriptionRoutes } from './routes/subscriptions'
import { tokenRoutes } from './routes/tokens'

new Elysia()
  // the plugin's defaults echo any Origin back and allow credentials
  // expect: cors-wildcard
  .use(cors())
  .use(swagger())
  .onError(({ code, error }) => {
    if (code === 'NOT_FOUND') return { error: 'Not found' }
    // expect: error-details-leak
    return { error: error.message, stack: error.stack }
  })
  // ok: missing-auth
  .get('/status', () => ({ up: true }))
  .use(authRoutes)
  .use(subscriptionRoutes)
  .use(receiptRoutes)
  .use(tokenRoutes)
  // expect: missing-auth
  .get('/accounts/:id', ({ params }) => prisma.account.findUnique({ where: { id: params.id }, include: { subscriptions: true } }))
  .listen(Number(Bun.env.PORT ?? 4000))
