import type { PrismaClient } from '@prisma/client'
import type { FastifyReply, FastifyRequest } from 'fastify'
import '@fastify/jwt'

export type StaffRole = 'OWNER' | 'STAFF'

export interface AuthUser {
  sub: string
  studioId: string
  role: StaffRole
}

declare module 'fastify' {
  interface FastifyInstance {
    prisma: PrismaClient
    authenticate: (request: FastifyRequest, reply: FastifyReply) => Promise<unknown>
    requireOwner: (request: FastifyRequest, reply: FastifyReply) => Promise<unknown>
  }

  interface FastifyRequest {
    /** Raw request payload; only populated inside the webhooks plugin. */
    rawBody?: Buffer
  }
}

declare module '@fastify/jwt' {
  interface FastifyJWT {
    payload: AuthUser
    user: AuthUser
  }
}
