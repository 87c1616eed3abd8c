import type { FastifyInstance } from 'fastify';
import { Type } from '@sinclair/typebox';
import bcrypt from 'bcryptjs';
import { prisma } from '../db.js';

const LoginBody = Type.Object({ email: Type.String({ format: 'email' }), password: Type.String({ minLength: 8 }) });
const SignupBody = Type.Object({
  email: Type.String({ format: 'email' }),
  password: Type.String({ minLength: 10 }),
  kennelName: Type.String({ minLength: 2, maxLength: 80 }),
  city: Type.String({ maxLength: 80 }),
});

export async function publicRoutes(fastify: FastifyInstance) {
  // the directory of listed kennels: public by design
  fastify.get('/kennels', { schema: { querystring: Type.Object({ city: Type.Optional(Type.String()) }) } }, async (request) => {
    const { city } = request.query as { city?: string };
    // ok: unscoped-tenant-query
    return prisma.kennel.findMany({ where: { listed: true, ...(city ? { city } : {}) }, select: { id: true, name: true, city: true } });
  });

  fastify.post(
    '/auth/login',
    { config: { rateLimit: { max: 5, timeWindow: '1 minute' } }, schema: { body: LoginBody } },
    async (request, reply) => {
      const { email, password } = request.body as { email: string; password: string };
      const user = await prisma.user.findUnique({ where: { email } });
      if (!user || !(await bcrypt.compare(password, user.passwordHash))) return reply.code(401).send({ error: 'invalid credentials' });
      const token = await reply.jwtSign({ id: user.id, kennelId: user.kennelId, role: user.role });
      return { token };
    },
  );

  // expect: missing-rate-limit
  fastify.post('/auth/signup', { schema: { body: SignupBody } }, async (request, reply) => {
    const body = request.body as { email: string; password: string; kennelName: string; city: string };
    const kennel = await prisma.kennel.create({ data: { name: body.kennelName, city: body.city } });
    const user = await prisma.user.create({
      data: { email: body.email, passwordHash: await bcrypt.hash(body.password, 12), kennelId: kennel.id, role: 'owner' },
    });
    return reply.code(201).send({ token: await reply.jwtSign({ id: user.id, kennelId: kennel.id, role: 'owner' }) });
  });
}
