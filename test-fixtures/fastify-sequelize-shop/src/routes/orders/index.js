const { Order } = require('../../models');

module.exports = async function orderRoutes(fastify, opts) {
  fastify.addHook('onRequest', fastify.authenticate);

  fastify.get('/', async (request) => {
    return Order.findAll({ where: { storeId: request.user.storeId } });
  });

  fastify.get('/:id', async (request, reply) => {
    // expect: unscoped-tenant-query
    const order = await Order.findByPk(request.params.id);
    if (!order) return reply.code(404).send();
    return order;
  });

  // ok: missing-input-validation
  fastify.post('/', {
    schema: {
      body: { type: 'object', required: ['total'], properties: { total: { type: 'integer' }, customerEmail: { type: 'string' } } },
    },
  }, async (request, reply) => {
    const order = await Order.create({ ...request.body, storeId: request.user.storeId, status: 'new' });
    reply.code(201);
    return order;
  });

  // expect: missing-input-validation
  fastify.put('/:id/status', async (request) => {
    // ok: unscoped-tenant-query
    const [count] = await Order.update({ status: request.body.status }, { where: { id: request.params.id, storeId: request.user.storeId } });
    return { updated: count };
  });

  fastify.delete('/:id', async (request, reply) => {
    // expect: unscoped-tenant-query
    await Order.destroy({ where: { id: request.params.id } });
    reply.code(204).send();
  });
};
