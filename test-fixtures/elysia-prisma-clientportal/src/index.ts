import { Elysia } from 'elysia'
import { cors } from '@elysiajs/cors'
import { prisma } from './lib/db'
import { clientsModule } from './modules/clients'
import { adminModule } from './modules/admin'
import { invoicesModule } from './modules/invoices'
import { sessionModule } from './modules/session'

const app = new Elysia()
  .use(
    cors({
      // expect: cors-wildcard
      origin: true,
      credentials: true,
    }),
  )
  // ok: missing-auth
  .get('/health', () => ({ ok: true }))
  .use(sessionModule)
  .group('/api', (api) => api.use(clientsModule).use(invoicesModule).use(adminModule))
  // expect: missing-auth
  .get('/api/firms/:id/summary', async ({ params }) => {
    const firm = await prisma.firm.findUnique({ where: { id: params.id }, include: { clients: true } })
    return firm
  })
  .listen(3000)

console.log(`clientportal listening on ${app.server?.port}`)
