const createSchema = {
  body: {
    type: 'object',
    required: ['venueId', 'guestName', 'startsAt', 'endsAt'],
    properties: {
      venueId: { type: 'string', format: 'uuid' },
      guestName: { type: 'string', maxLength: 200 },
      startsAt: { type: 'string', format: 'date-time' },
      endsAt: { type: 'string', format: 'date-time' },
    },
  },
};

export default async function (fastify) {
  // ok: missing-auth
  fastify.get('/', async function (request) {
    // ok: unscoped-tenant-query
    const { rows } = await fastify.pg.query('SELECT * FROM bookings WHERE account_id = $1 ORDER BY starts_at', [request.user.accountId]);
    return rows;
  });

  // ok: missing-auth
  fastify.get('/:id', async function (request, reply) {
    // expect: unscoped-tenant-query
    const { rows } = await fastify.pg.query('SELECT * FROM bookings WHERE id = $1', [request.params.id]);
    if (!rows[0]) return reply.notFound();
    return rows[0];
  });

  // ok: missing-auth, missing-input-validation
  fastify.post('/', { schema: createSchema }, async function (request, reply) {
    const { venueId, guestName, startsAt, endsAt } = request.body;
    // the venue must belong to the caller's account before a booking points at it
    // ok: unscoped-tenant-query
    const venue = await fastify.pg.query('SELECT id FROM venues WHERE id = $1 AND account_id = $2', [venueId, request.user.accountId]);
    if (!venue.rows[0]) return reply.notFound();
    const { rows } = await fastify.pg.query(
      'INSERT INTO bookings (id, account_id, venue_id, guest_name, starts_at, ends_at) VALUES (gen_random_uuid(), $1, $2, $3, $4, $5) RETURNING *',
      [request.user.accountId, venueId, guestName, startsAt, endsAt]
    );
    return reply.code(201).send(rows[0]);
  });

  // ok: missing-auth
  fastify.delete('/:id', async function (request, reply) {
    try {
      // ok: unscoped-tenant-query
      await fastify.pg.query('DELETE FROM bookings WHERE id = $1 AND account_id = $2', [request.params.id, request.user.accountId]);
      return reply.code(204).send();
    } catch (err) {
      // expect: error-details-leak
      return reply.code(500).send({ error: 'Could not cancel the booking', stack: err.stack });
    }
  });
}
