const Jwt = require('@hapi/jwt');

module.exports = {
  name: 'auth',
  register: async (server) => {
    await server.register(Jwt);
    server.auth.strategy('session', 'jwt', {
      keys: process.env.JWT_SECRET,
      verify: { aud: 'room-requests', iss: 'room-requests', sub: false, maxAgeSec: 3600 },
      validate: (artifacts) => ({ isValid: true, credentials: { user: artifacts.decoded.payload } }),
    });
    server.auth.default('session');
  },
};
