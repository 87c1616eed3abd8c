import type { FastifyPluginAsync } from 'fastify';
import bcrypt from 'bcryptjs';
import { createHash, randomBytes } from 'node:crypto';
import { User } from '../models/User.js';
import { Company } from '../models/Company.js';
import { sendResetEmail } from '../lib/mail.js';

const credentialsSchema = {
  body: {
    type: 'object',
    required: ['email', 'password'],
    properties: { email: { type: 'string', format: 'email' }, password: { type: 'string', minLength: 8 } },
    additionalProperties: false,
  },
} as const;

const authRoutes: FastifyPluginAsync = async (fastify) => {
  // ok: missing-rate-limit, missing-auth, missing-input-validation
  fastify.post('/login', { schema: credentialsSchema, config: { rateLimit: { max: 5, timeWindow: '1 minute' } } }, async (request, reply) => {
    const { email, password } = request.body as { email: string; password: string };
    const user = await User.findOne({ email });
    if (!user || !(await bcrypt.compare(password, user.passwordHash))) {
      return reply.code(401).send({ error: 'Invalid credentials' });
    }
    const accessToken = fastify.jwt.sign({ sub: String(user._id), company: String(user.company), role: user.role });
    const refreshToken = fastify.jwt.sign({ sub: String(user._id), company: String(user.company), role: user.role }, { expiresIn: '30d' });
    // expect: insecure-cookie
    reply.setCookie('refresh_token', refreshToken, { path: '/api/auth/refresh', httpOnly: true, sameSite: 'strict' });
    return { accessToken };
  });

  // Self-serve signup creates the company and its first manager.
  // expect: missing-rate-limit
  fastify.post('/signup', {
    schema: {
      body: {
        type: 'object',
        required: ['email', 'password', 'companyName'],
        properties: {
          email: { type: 'string', format: 'email' },
          password: { type: 'string', minLength: 10 },
          companyName: { type: 'string', minLength: 2, maxLength: 120 },
        },
      },
    },
  }, async (request, reply) => {
    const { email, password, companyName } = request.body as { email: string; password: string; companyName: string };
    const company = await Company.create({ name: companyName });
    const user = await User.create({ email, passwordHash: await bcrypt.hash(password, 12), company: company._id, role: 'manager' });
    return reply.code(201).send({ id: user._id });
  });

  // ok: missing-rate-limit, missing-input-validation
  fastify.post('/forgot-password', { config: { rateLimit: { max: 3, timeWindow: '15 minutes' } } }, async (request) => {
    const { email } = request.body as { email: string };
    const user = await User.findOne({ email });
    if (user) {
      const resetToken = randomBytes(32).toString('hex');
      user.resetTokenHash = createHash('sha256').update(resetToken).digest('hex');
      user.resetTokenExpires = new Date(Date.now() + 30 * 60 * 1000);
      await user.save();
      // expect: token-logging
      fastify.log.info({ email, resetToken }, 'password reset requested');
      await sendResetEmail(email, resetToken);
    }
    return { ok: true };
  });

  // ok: missing-auth
  fastify.post('/refresh', async (request, reply) => {
    try {
      const payload = await request.jwtVerify<{ sub: string; company: string; role: 'technician' }>({ onlyCookie: true });
      return { accessToken: fastify.jwt.sign({ sub: payload.sub, company: payload.company, role: payload.role }) };
    } catch {
      return reply.code(401).send({ error: 'Session expired' });
    }
  });
};

export default authRoutes;
