const { Order } = require('../models');

// the hook from the @fastify/jwt README: jwtVerify() throws 401, the catch sends it
async function reportRoutes(fastify) {
  fastify.addHook('onRequest', async (request, reply) => {
    try {
      await request.jwtVerify();
    } catch (err) {
      reply.send(err);
    }
  });

  // ok: missing-auth
  fastify.get('/reports/daily', async (request) => {
    return Order.findAll({ where: { storeId: request.user.storeId } });
  });
}

// a catch that only logs lets the request through without a user
async function widgetRoutes(fastify) {
  fastify.addHook('preHandler', async (request) => {
    try {
      await request.jwtVerify();
    } catch (err) {
      request.log.warn({ err }, 'anonymous widget request');
    }
  });

  // expect: missing-auth
  fastify.get('/widgets/orders/:id', async (request) => {
    return Order.findByPk(request.params.id);
  });
}

module.exports = { reportRoutes, widgetRoutes };
