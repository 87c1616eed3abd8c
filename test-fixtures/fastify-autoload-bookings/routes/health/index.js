export default async function (fastify) {
  // ok: missing-auth
  fastify.get('/', async function () {
    await fastify.pg.query('SELECT 1');
    return { status: 'ok' };
  });
}
