export default async function (fastify) {
  // account managers are meant to see their own team only, but the role test was never added
  // expect: missing-role-check
  fastify.get('/users', { onRequest: [fastify.authenticate] }, async function (request) {
    // ok: unscoped-tenant-query
    const { rows } = await fastify.pg.query('SELECT id, email, role FROM users WHERE account_id = $1', [request.user.accountId]);
    return rows;
  });
}
