import type { FastifyInstance } from 'fastify';
import { Type, type Static } from '@sinclair/typebox';
import argon2 from 'argon2';
import { eq } from 'drizzle-orm';
import { db } from '../db/index.js';
import { users, organizations } from '../db/schema.js';

const LoginBody = Type.Object({ email: Type.String({ format: 'email' }), password: Type.String({ minLength: 8 }) });
type LoginBody = Static<typeof LoginBody>;

const SignupBody = Type.Object({
  email: Type.String({ format: 'email' }),
  password: Type.String({ minLength: 10 }),
  orgName: Type.String({ minLength: 2 }),
});
type SignupBody = Static<typeof SignupBody>;

export default async function authRoutes(fastify: FastifyInstance) {
  // ok: missing-rate-limit
  fastify.post<{ Body: LoginBody }>(
    '/login',
    { schema: { body: LoginBody }, config: { rateLimit: { max: 5, timeWindow: '1 minute' } } },
    async (request, reply) => {
      const [user] = await db.select().from(users).where(eq(users.email, request.body.email)).limit(1);
      if (!user || !(await argon2.verify(user.passwordHash, request.body.password))) {
        return reply.code(401).send({ message: 'Invalid email or password' });
      }
      const token = fastify.jwt.sign({ sub: user.id, orgId: user.orgId, role: user.role });
      // expect: insecure-cookie
      reply.setCookie('access_token', token, { path: '/', httpOnly: true });
      return { token };
    }
  );

  // expect: missing-rate-limit
  fastify.post<{ Body: SignupBody }>('/signup', { schema: { body: SignupBody } }, async (request, reply) => {
    const { email, password, orgName } = request.body;
    const [org] = await db.insert(organizations).values({ name: orgName }).returning();
    const [user] = await db
      .insert(users)
      .values({ email, orgId: org.id, role: 'owner', passwordHash: await argon2.hash(password) })
      .returning({ id: users.id });
    return reply.code(201).send({ id: user.id });
  });

  fastify.get('/me', { onRequest: [fastify.authenticate] }, async (request) => {
    const [me] = await db
      .select({ id: users.id, email: users.email, role: users.role })
      .from(users)
      .where(eq(users.id, request.user.sub));
    return me;
  });
}
