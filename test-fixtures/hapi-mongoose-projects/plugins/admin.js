'use strict';

const Boom = require('@hapi/boom');
const User = require('../models/user');

// every route of this plugin is for workspace owners
const ownersOnly = (request, h) => {
  if (request.auth.credentials.role !== 'owner') {
    throw Boom.forbidden('Workspace owners only');
  }
  return h.continue;
};

module.exports = {
  plugin: {
    name: 'workspace-admin',
    register: async (server) => {
      server.ext('onPreHandler', ownersOnly, { sandbox: 'plugin' });

      server.route([
        // ok: missing-role-check
        {
          method: 'GET',
          path: '/members',
          handler: async (request) => {
            return User.find({ workspace: request.auth.credentials.workspaceId }).select('email name role');
          },
        },
        // ok: missing-role-check
        {
          method: 'DELETE',
          path: '/members/{userId}',
          handler: async (request, h) => {
            if (request.params.userId === request.auth.credentials.id) {
              throw Boom.badRequest('You cannot remove yourself');
            }
            // ok: unscoped-tenant-query
            await User.deleteOne({ _id: request.params.userId, workspace: request.auth.credentials.workspaceId });
            return h.response().code(204);
          },
        },
      ]);
    },
  },
};
