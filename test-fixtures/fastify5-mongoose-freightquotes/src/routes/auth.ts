import type { FastifyPluginAsync } from 'fastify';
import bcrypt from 'bcryptjs';
import { User, Workspace } from '../models/index.js';
import { verifyTotp } from '../lib/totp.js';

const loginBody = {
  type: 'object',
  required: ['email', 'password'],
  properties: { email: { type: 'string', format: 'email' }, password: { type: 'string', minLength: 8 } },
  additionalProperties: false,
} as const;

const refreshCookie = { path: '/auth', httpOnly: true, secure: true, sameSite: 'strict' as const, maxAge: 60 * 60 * 24 * 14 };

const authRoutes: FastifyPluginAsync = async (fastify) => {
  // ok: missing-auth, missing-rate-limit, missing-input-validation
  fastify.post('/login', { schema: { body: loginBody }, config: { rateLimit: { max: 10, timeWindow: '15 minutes' } } }, async (request, reply) => {
    const { email, password } = request.body as { email: string; password: string };
    // expect: token-logging
    request.log.info({ body: request.body }, 'login attempt');
    const user = await User.findOne({ email });
    if (!user || !(await bcrypt.compare(password, user.passwordHash))) {
      return reply.code(401).send({ error: 'Invalid credentials' });
    }
    const claims = { sub: user.id, workspaceId: String(user.workspaceId), role: user.role };
    const accessToken = await reply.jwtSign(claims);
    const refreshToken = await reply.jwtSign(claims, { expiresIn: '14d' });
    // ok: insecure-cookie
    reply.setCookie('fq_refresh', refreshToken, refreshCookie);
    return { accessToken };
  });

  // ok: missing-auth, missing-rate-limit
  // expect: missing-input-validation
  fastify.post('/signup', { config: { rateLimit: { max: 3, timeWindow: '1 hour' } } }, async (request, reply) => {
    const { company, email, password, name } = request.body as Record<string, string>;
    const workspace = await Workspace.create({ name: company, slug: company.toLowerCase().replace(/\W+/g, '-') });
    const user = await User.create({ workspaceId: workspace._id, email, name, passwordHash: await bcrypt.hash(password, 12), role: 'admin' });
    return reply.code(201).send({ id: user.id });
  });

  // ok: missing-auth
  fastify.post('/refresh', async (request, reply) => {
    const token = request.cookies.fq_refresh;
    if (!token) return reply.code(401).send({ error: 'No session' });
    // expect: insecure-jwt
    const claims = fastify.jwt.decode<{ sub: string; workspaceId: string; role: 'admin' | 'broker' | 'viewer' }>(token);
    if (!claims) return reply.code(401).send({ error: 'Bad session' });
    const accessToken = await reply.jwtSign({ sub: claims.sub, workspaceId: claims.workspaceId, role: claims.role });
    // expect: insecure-cookie
    reply.setCookie('fq_session_hint', accessToken, { path: '/' });
    return { accessToken };
  });

  // a teammate accepts an invite link and sets a password
  // expect: missing-rate-limit
  fastify.post('/accept-invite', { schema: { body: { type: 'object', required: ['token', 'password'], properties: { token: { type: 'string' }, password: { type: 'string', minLength: 10 } } } } }, async (request, reply) => {
    const { token, password } = request.body as { token: string; password: string };
    const user = await User.findOne({ inviteToken: token });
    if (!user) return reply.code(404).send({ error: 'Invite not found' });
    user.passwordHash = await bcrypt.hash(password, 12);
    user.inviteToken = undefined;
    await user.save();
    return { ok: true };
  });

  // second factor after /login for workspaces that enforce it
  // ok: missing-auth, missing-rate-limit, missing-input-validation
  fastify.post('/mfa/verify', {
    preHandler: fastify.rateLimit({ max: 5, timeWindow: '5 minutes' }),
    schema: { body: { type: 'object', required: ['code'], properties: { code: { type: 'string', pattern: '^[0-9]{6}$' } } } },
  }, async (request, reply) => {
    await request.jwtVerify();
    const { code } = request.body as { code: string };
    // ok: unscoped-tenant-query
    const user = await User.findById(request.user.sub).select('+mfaSecret');
    if (!user?.mfaSecret || !verifyTotp(user.mfaSecret, code)) return reply.code(401).send({ error: 'Invalid code' });
    return { accessToken: await reply.jwtSign({ sub: user.id, workspaceId: String(user.workspaceId), role: user.role }) };
  });

  // ok: missing-auth
  fastify.post('/logout', async (_request, reply) => {
    reply.clearCookie('fq_refresh', { path: '/auth' });
    return { ok: true };
  });
};

export default authRoutes;
