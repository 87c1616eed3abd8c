import { Elysia, t } from 'elysia'
import { prisma } from '../lib/prisma'
import { session } from '../plugins/session'

export const receiptRoutes = new Elysia({ prefix: '/receipts' })
  .use(session)
  // expect: missing-rate-limit
  .post(
    '/',
    async ({ body, member }) => {
      const key = `${member.accountId}/${crypto.randomUUID()}`
      await Bun.write(`/var/billing/receipts/${key}`, body.file)
      // ok: unscoped-tenant-query
      return prisma.receipt.create({ data: { fileKey: key, amount: body.amount, accountId: member.accountId } })
    },
    {
      body: t.Object({
        // expect: unrestricted-upload
        file: t.File(),
        amount: t.Numeric(),
      }),
    },
  )
  // (a t.File() body makes it an upload route)
  // expect: missing-rate-limit
  .post(
    '/scans',
    async ({ body, member }) => ({ stored: body.scan.size, account: member.accountId }),
    // ok: unrestricted-upload
    { body: t.Object({ scan: t.File({ type: ['image/png', 'image/jpeg', 'application/pdf'], maxSize: '10m' }) }) },
  )
  .get('/:id/download', async ({ params }) => {
    // expect: unscoped-tenant-query
    const receipt = await prisma.receipt.findUnique({ where: { id: params.id } })
    return receipt ? Bun.file(`/var/billing/receipts/${receipt.fileKey}`) : null
  })
