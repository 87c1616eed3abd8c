import type { FastifyPluginAsync } from 'fastify';
import { createHash, randomBytes } from 'node:crypto';
import { User } from '../models/User.js';
import { LoginToken } from '../models/LoginToken.js';

const sha256 = (v: string) => createHash('sha256').update(v).digest('hex');

const magicLinkRoutes: FastifyPluginAsync = async (fastify) => {
  // expect: missing-rate-limit
  fastify.post<{ Body: { email: string } }>('/', {
    schema: { body: { type: 'object', required: ['email'], properties: { email: { type: 'string', format: 'email' } } } },
  }, async (request, reply) => {
    // expect: token-logging
    request.log.info({ body: request.body }, 'magic link requested');
    const user = await User.findOne({ email: request.body.email.toLowerCase() });
    if (user) {
      const token = randomBytes(32).toString('base64url');
      await LoginToken.create({ user: user._id, tokenHash: sha256(token), expiresAt: new Date(Date.now() + 15 * 60_000) });
      // (mailer call elided)
    }
    return reply.code(202).send({ ok: true });
  });

  // expect: missing-rate-limit
  fastify.get<{ Querystring: { token: string } }>('/verify', async (request, reply) => {
    const record = await LoginToken.findOneAndDelete({ tokenHash: sha256(request.query.token ?? ''), expiresAt: { $gt: new Date() } });
    if (!record) return reply.code(400).send({ error: 'Link expired' });
    const user = await User.findById(record.user);
    if (!user) return reply.code(400).send({ error: 'Link expired' });
    const accessToken = fastify.jwt.sign({ sub: user.id, company: String(user.company), role: user.role });
    // expect: token-logging
    fastify.log.info(`magic link sign-in for ${user.email}: ${accessToken}`);
    // expect: insecure-cookie
    reply.setCookie('hr_session', accessToken, { path: '/' });
    return reply.redirect('/app');
  });
};

export default magicLinkRoutes;
