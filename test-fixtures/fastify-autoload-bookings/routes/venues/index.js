const venueSchema = {
  body: {
    type: 'object',
    required: ['name'],
    properties: { name: { type: 'string' }, city: { type: 'string' }, capacity: { type: 'integer', minimum: 1 } },
  },
};

export default async function (fastify) {
  // ok: missing-auth
  fastify.get('/', { onRequest: [fastify.authenticate] }, async function (request) {
    const { rows } = await fastify.pg.query('SELECT id, name, city, capacity FROM venues WHERE account_id = $1', [request.user.accountId]);
    return rows;
  });

  // ok: missing-auth, missing-input-validation
  fastify.post('/', { onRequest: [fastify.authenticate], schema: venueSchema }, async function (request, reply) {
    const { name, city, capacity } = request.body;
    const { rows } = await fastify.pg.query(
      'INSERT INTO venues (id, account_id, name, city, capacity) VALUES (gen_random_uuid(), $1, $2, $3, $4) RETURNING *',
      [request.user.accountId, name, city, capacity]
    );
    return reply.code(201).send(rows[0]);
  });

  // ok: missing-auth
  fastify.route({
    method: 'PUT',
    url: '/:id',
    onRequest: [fastify.authenticate],
    schema: venueSchema,
    handler: async function (request, reply) {
      const { name, city, capacity } = request.body;
      // ok: unscoped-tenant-query
      const { rows } = await fastify.pg.query(
        'UPDATE venues SET name = $1, city = $2, capacity = $3 WHERE id = $4 AND account_id = $5 RETURNING *',
        [name, city, capacity, request.params.id, request.user.accountId]
      );
      if (!rows[0]) return reply.notFound();
      return rows[0];
    },
  });

  // the hook was left out when this route was copied from the admin tools
  // expect: missing-auth
  fastify.delete('/:id', async function (request, reply) {
    await fastify.pg.query('DELETE FROM venues WHERE id = $1', [request.params.id]);
    return reply.code(204).send();
  });
}
