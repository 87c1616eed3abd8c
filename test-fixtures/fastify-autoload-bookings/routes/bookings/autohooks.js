// every route in routes/bookings (and below) needs a valid token
export default async function (fastify) {
  fastify.addHook('onRequest', fastify.authenticate);
}
