import type { FastifyPluginAsync } from 'fastify';
import bcrypt from 'bcrypt';
import { createHash, randomBytes } from 'node:crypto';
import { User } from '../models/User.js';
import { Company } from '../models/Company.js';
import { config } from '../config.js';

const credentialsSchema = {
  body: {
    type: 'object',
    required: ['email', 'password'],
    additionalProperties: false,
    properties: {
      email: { type: 'string', format: 'email', maxLength: 254 },
      password: { type: 'string', minLength: 8, maxLength: 128 },
    },
  },
} as const;

const registerSchema = {
  body: {
    type: 'object',
    required: ['email', 'password', 'name', 'companyName'],
    additionalProperties: false,
    properties: {
      email: { type: 'string', format: 'email' },
      password: { type: 'string', minLength: 10, maxLength: 128 },
      name: { type: 'string', minLength: 1, maxLength: 120 },
      companyName: { type: 'string', minLength: 1, maxLength: 120 },
    },
  },
} as const;

const hash = (value: string) => createHash('sha256').update(value).digest('hex');

const authRoutes: FastifyPluginAsync = async (fastify) => {
  async function issueSession(user: { id: string; company: unknown; role: string }, reply: any) {
    const accessToken = fastify.jwt.sign({ sub: user.id, company: String(user.company), role: user.role as any });
    const refreshToken = randomBytes(32).toString('base64url');
    await User.updateOne({ _id: user.id }, { refreshTokenHash: hash(refreshToken) });
    reply.setCookie('hr_refresh', refreshToken, {
      httpOnly: true,
      secure: config.isProd,
      sameSite: 'strict',
      path: '/auth',
      maxAge: 60 * 60 * 24 * 14,
    });
    return { accessToken };
  }

  // ok: missing-auth, missing-rate-limit, missing-input-validation
  fastify.post<{ Body: { email: string; password: string } }>('/login', { schema: credentialsSchema, config: { rateLimit: { max: 5, timeWindow: '1 minute' } } }, async (request, reply) => {
    const user = await User.findOne({ email: request.body.email.toLowerCase() }).select('+passwordHash');
    if (!user || !(await bcrypt.compare(request.body.password, user.passwordHash))) {
      return reply.code(401).send({ error: 'Invalid credentials' });
    }
    return issueSession(user, reply);
  });

  // expect: missing-rate-limit
  fastify.post<{ Body: { email: string; password: string; name: string; companyName: string } }>('/register', { schema: registerSchema }, async (request, reply) => {
    const { email, password, name, companyName } = request.body;
    const slug = companyName.toLowerCase().replace(/[^a-z0-9]+/g, '-');
    const company = await Company.create({ name: companyName, slug });
    const user = await User.create({ email, name, passwordHash: await bcrypt.hash(password, 12), role: 'owner', company: company._id });
    reply.code(201);
    return issueSession(user, reply);
  });

  // ok: missing-auth
  fastify.post('/refresh', async (request, reply) => {
    const refreshToken = request.cookies.hr_refresh;
    const accessToken = request.headers.authorization?.replace('Bearer ', '');
    if (!refreshToken || !accessToken) return reply.code(401).send({ error: 'Unauthorized' });
    // expect: insecure-jwt
    const claims = fastify.jwt.decode<{ sub: string }>(accessToken);
    if (!claims) return reply.code(401).send({ error: 'Unauthorized' });
    const user = await User.findOne({ _id: claims.sub, refreshTokenHash: hash(refreshToken) });
    if (!user) return reply.code(401).send({ error: 'Unauthorized' });
    return issueSession(user, reply);
  });

  // ok: missing-auth
  fastify.post('/logout', async (request, reply) => {
    reply.clearCookie('hr_refresh', { path: '/auth' });
    return { ok: true };
  });
};

export default authRoutes;
