'use strict';

const User = require('../models/user');

module.exports = async function setupAuth(server) {
  await server.register(require('@hapi/cookie'));

  // expect: insecure-cookie
  server.auth.strategy('session', 'cookie', {
    cookie: {
      name: 'projectly_sid',
      password: process.env.COOKIE_PASSWORD,
      // TODO: turn back on once the load balancer terminates TLS
      isSecure: false,
      path: '/',
    },
    redirectTo: false,
    validate: async (request, session) => {
      const user = await User.findById(session.id).lean();
      if (!user) {
        return { isValid: false };
      }
      return {
        isValid: true,
        credentials: { id: String(user._id), workspaceId: String(user.workspace), role: user.role },
      };
    },
  });

  server.auth.default('session');
};
