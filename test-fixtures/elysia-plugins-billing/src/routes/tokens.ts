import { Elysia, t } from 'elysia'
import { logger } from '../lib/logger'
import { prisma } from '../lib/prisma'
import { session } from '../plugins/session'

const hash = (value: string) => new Bun.CryptoHasher('sha256').update(value).digest('hex')

export const tokenRoutes = new Elysia({ prefix: '/api-tokens' })
  .use(session)
  // expect: missing-role-check
  .get('/admin/all', ({ member }) => prisma.apiToken.findMany({ where: { accountId: member.accountId }, select: { id: true, label: true } }))
  .post(
    '/',
    async ({ body, member }) => {
      const token = `bk_${crypto.randomUUID().replaceAll('-', '')}`
      await prisma.apiToken.create({ data: { label: body.label, hash: hash(token), accountId: member.accountId } })
      // expect: token-logging
      logger.info({ token, member: member.id }, 'issued api token')
      return { token }
    },
    { role: 'owner', body: t.Object({ label: t.String({ maxLength: 80 }) }) },
  )
