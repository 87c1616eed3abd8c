'use strict';

const Hapi = require('@hapi/hapi');
const mongoose = require('mongoose');
const setupAuth = require('./lib/auth');
const sessionRoutes = require('./routes/session');

const init = async () => {
  await mongoose.connect(process.env.MONGODB_URI);

  const server = Hapi.server({
    port: process.env.PORT || 8080,
    host: '0.0.0.0',
    routes: {
      // ok: cors-wildcard
      cors: { origin: ['https://app.projectly.io', 'https://*.projectly.io'], credentials: true },
    },
  });

  // limits are opted into per route (login, uploads)
  await server.register({
    plugin: require('hapi-rate-limit'),
    options: { enabled: false, userLimit: 600, pathLimit: false, trustProxy: true },
  });

  await setupAuth(server);

  // ok: insecure-cookie
  server.state('remember_token', {
    ttl: 30 * 24 * 60 * 60 * 1000,
    isSecure: process.env.NODE_ENV === 'production',
    isHttpOnly: true,
    isSameSite: 'Lax',
    path: '/auth',
  });

  server.ext('onRequest', (request, h) => {
    request.app.startedAt = Date.now();
    return h.continue;
  });

  server.route(sessionRoutes);

  await server.register([
    { plugin: require('./plugins/projects'), routes: { prefix: '/api' } },
    { plugin: require('./plugins/uploads'), routes: { prefix: '/api' } },
  ]);
  await server.register(require('./plugins/admin'), { routes: { prefix: '/api/admin' } });

  await server.start();
  console.log('Server running on %s', server.info.uri);
};

process.on('unhandledRejection', (err) => {
  console.log(err);
  process.exit(1);
});

init();
