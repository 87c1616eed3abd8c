export default async function (fastify) {
  // ok: missing-auth, missing-role-check
  fastify.get('/', async function () {
    const { rows } = await fastify.pg.query('SELECT id, name, plan FROM accounts ORDER BY name');
    return rows;
  });

  // ok: missing-auth, missing-role-check, missing-input-validation
  fastify.patch('/:id/plan', { schema: { body: { type: 'object', required: ['plan'], properties: { plan: { enum: ['free', 'team', 'enterprise'] } } } } }, async function (request) {
    const { rows } = await fastify.pg.query('UPDATE accounts SET plan = $1 WHERE id = $2 RETURNING id, plan', [request.body.plan, request.params.id]);
    return rows[0];
  });
}
