const Hapi = require('@hapi/hapi');
const mongoose = require('mongoose');
const authPlugin = require('./plugins/auth');

async function start() {
  const server = Hapi.server({
    port: Number(process.env.PORT || 3000),
    routes: {
      // ok: cors-wildcard
      cors: { origin: ['https://rooms.campus.example'], credentials: true },
    },
  });
  await server.register(authPlugin);
  server.route(require('./routes/public'));
  server.route(require('./routes/auth'));
  server.route(require('./routes/requests'));
  await mongoose.connect(process.env.MONGO_URL);
  await server.start();
}

start();
