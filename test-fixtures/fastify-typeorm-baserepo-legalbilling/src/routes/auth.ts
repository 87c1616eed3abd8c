import type { FastifyInstance } from 'fastify';
import bcrypt from 'bcrypt';
import { AppDataSource } from '../data-source';
import { User } from '../entities/User';

export default async function authRoutes(app: FastifyInstance) {
  // expect: missing-rate-limit
  app.post<{ Body: { email: string; password: string } }>('/auth/login', {
    schema: { body: { type: 'object', required: ['email', 'password'], properties: { email: { type: 'string' }, password: { type: 'string' } } } },
  }, async (req, reply) => {
    // ok: unscoped-tenant-query
    const user = await AppDataSource.getRepository(User).findOneBy({ email: req.body.email });
    if (!user || !(await bcrypt.compare(req.body.password, user.passwordHash))) return reply.code(401).send({ error: 'invalid credentials' });
    // ok: token-logging
    req.log.info({ userId: user.id }, 'login ok');
    return { token: app.jwt.sign({ sub: user.id, firmId: user.firmId, role: user.role }, { expiresIn: '10h' }) };
  });
}
