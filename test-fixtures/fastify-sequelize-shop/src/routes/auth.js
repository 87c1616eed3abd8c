const bcrypt = require('bcrypt');
const { User } = require('../models');

module.exports = async function (fastify) {
  // ok: missing-rate-limit
  fastify.post('/login', {
    config: { rateLimit: { max: 5, timeWindow: '1 minute' } },
  }, async (request, reply) => {
    const { email, password } = request.body;
    // expect: token-logging
    request.log.info({ body: request.body }, 'login attempt');
    const user = await User.findOne({ where: { email } });
    if (!user || !(await bcrypt.compare(password, user.password))) {
      return reply.code(401).send({ message: 'Invalid credentials' });
    }
    const token = fastify.jwt.sign({ id: user.id, storeId: user.storeId, role: user.role });
    // ok: insecure-cookie
    reply.setCookie('token', token, { path: '/', httpOnly: true, secure: true, sameSite: 'strict' });
    return { token };
  });

  // expect: missing-input-validation, missing-rate-limit
  fastify.post('/register', async (request) => {
    const user = await User.create({ email: request.body.email, password: await bcrypt.hash(request.body.password, 10), storeId: request.body.storeId });
    return { id: user.id };
  });
};
