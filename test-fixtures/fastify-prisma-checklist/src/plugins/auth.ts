import fp from 'fastify-plugin'
import type { FastifyReply, FastifyRequest } from 'fastify'
import { randomBytes, scrypt as scryptCb, timingSafeEqual } from 'node:crypto'
import { promisify } from 'node:util'

const scrypt = promisify(scryptCb) as (password: string, salt: Buffer, keylen: number) => Promise<Buffer>

const KEY_LENGTH = 64

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16)
  const key = await scrypt(password, salt, KEY_LENGTH)
  return `${salt.toString('hex')}:${key.toString('hex')}`
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [saltHex, keyHex] = stored.split(':')
  if (!saltHex || !keyHex) return false
  const expected = Buffer.from(keyHex, 'hex')
  const actual = await scrypt(password, Buffer.from(saltHex, 'hex'), KEY_LENGTH)
  return expected.length === actual.length && timingSafeEqual(expected, actual)
}

/**
 * Decorates `authenticate` (JWT from the Authorization header or the `token` cookie)
 * and `requireOwner` (role gate, use after `authenticate`).
 */
export default fp(
  async function authPlugin(fastify) {
    fastify.decorate('authenticate', async function authenticate(request: FastifyRequest, reply: FastifyReply) {
      try {
        // ok: insecure-jwt
        await request.jwtVerify()
      } catch (err) {
        request.log.debug({ err }, 'jwt verification failed')
        return reply.code(401).send({ error: 'Unauthorized' })
      }
    })

    fastify.decorate('requireOwner', async function requireOwner(request: FastifyRequest, reply: FastifyReply) {
      if (request.user?.role !== 'OWNER') {
        return reply.code(403).send({ error: 'Forbidden' })
      }
    })
  },
  { name: 'auth', dependencies: ['@fastify/jwt'] },
)
