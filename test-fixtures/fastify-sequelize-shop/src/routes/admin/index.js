const { User, Order } = require('../../models');

module.exports = async function (fastify) {
  // ok: missing-role-check
  fastify.get('/users', { preHandler: [fastify.authenticate, fastify.requireAdmin] }, async (request) => {
    return User.findAll({ where: { storeId: request.user.storeId } });
  });

  // expect: missing-role-check, missing-rate-limit
  fastify.get('/orders/export', { onRequest: [fastify.authenticate] }, async (request) => {
    return Order.findAll({ where: { storeId: request.user.storeId } });
  });

  // expect: missing-role-check
  fastify.delete('/users/:id', { preHandler: fastify.authenticate }, async (request) => {
    await User.destroy({ where: { id: request.params.id, storeId: request.user.storeId } });
    return { ok: true };
  });
};
