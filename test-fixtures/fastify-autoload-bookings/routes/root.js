export default async function (fastify) {
  fastify.get('/', async function () {
    return { service: 'bookings-api', ok: true };
  });
}
