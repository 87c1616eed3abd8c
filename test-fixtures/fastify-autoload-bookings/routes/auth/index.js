import crypto from 'node:crypto';
import bcrypt from 'bcrypt';

const loginSchema = {
  body: {
    type: 'object',
    required: ['email', 'password'],
    properties: { email: { type: 'string', format: 'email' }, password: { type: 'string', minLength: 8 } },
  },
};

export default async function (fastify) {
  // ok: missing-auth, missing-rate-limit
  fastify.post('/login', { schema: loginSchema, config: { rateLimit: { max: 5, timeWindow: '1 minute' } } }, async function (request, reply) {
    // expect: token-logging
    fastify.log.info({ body: request.body }, 'login attempt');
    const { email, password } = request.body;
    const { rows } = await fastify.pg.query('SELECT id, account_id, role, password_hash FROM users WHERE email = $1', [email]);
    const user = rows[0];
    if (!user || !(await bcrypt.compare(password, user.password_hash))) {
      return reply.unauthorized('Invalid email or password');
    }
    const token = fastify.jwt.sign({ sub: user.id, accountId: user.account_id, role: user.role });
    return { token };
  });

  // expect: missing-rate-limit
  fastify.post('/forgot-password', { schema: { body: { type: 'object', required: ['email'], properties: { email: { type: 'string' } } } } }, async function (request, reply) {
    const { email } = request.body;
    // ok: token-logging
    request.log.info({ email }, 'password reset requested');
    const { rows } = await fastify.pg.query('SELECT id FROM users WHERE email = $1', [email]);
    if (rows[0]) {
      const token = crypto.randomBytes(32).toString('hex');
      const tokenHash = crypto.createHash('sha256').update(token).digest('hex');
      await fastify.pg.query("INSERT INTO password_resets (token_hash, user_id, expires_at) VALUES ($1, $2, now() + interval '30 minutes')", [tokenHash, rows[0].id]);
    }
    return reply.code(202).send();
  });
}
