const Joi = require('joi');
const { RoomRequest } = require('../models');

const scope = (request) => ({ campusId: request.auth.credentials.user.campusId });

module.exports = [
  // ok: missing-auth
  {
    method: 'GET',
    path: '/requests',
    handler: (request) => {
      // ok: unscoped-tenant-query
      return RoomRequest.find(scope(request)).sort({ startsAt: 1 }).limit(100);
    },
  },
  {
    method: 'GET',
    path: '/requests/{id}',
    handler: async (request, h) => {
      // expect: unscoped-tenant-query
      const doc = await RoomRequest.findById(request.params.id);
      return doc || h.response({ error: 'not found' }).code(404);
    },
  },
  // ok: missing-input-validation
  {
    method: 'POST',
    path: '/requests',
    options: {
      validate: { payload: Joi.object({ room: Joi.string().max(40).required(), startsAt: Joi.date().required(), endsAt: Joi.date().required() }) },
    },
    handler: async (request, h) => {
      const { user } = request.auth.credentials;
      const doc = await RoomRequest.create({ ...request.payload, campusId: user.campusId, requesterId: user.sub });
      return h.response(doc).code(201);
    },
  },
  // expect: missing-input-validation
  {
    method: 'PATCH',
    path: '/requests/{id}',
    handler: async (request) => {
      // ok: unscoped-tenant-query
      return RoomRequest.findOneAndUpdate({ _id: request.params.id, ...scope(request) }, request.payload, { new: true });
    },
  },
  // ok: missing-role-check
  {
    method: 'POST',
    path: '/admin/requests/{id}/approve',
    options: { auth: { strategy: 'session', scope: ['facilities', 'admin'] } },
    handler: async (request) => {
      // ok: unscoped-tenant-query
      return RoomRequest.findOneAndUpdate({ _id: request.params.id, ...scope(request) }, { status: 'approved' }, { new: true });
    },
  },
  // expect: missing-role-check
  {
    method: 'DELETE',
    path: '/admin/requests/{id}',
    handler: async (request, h) => {
      try {
        // ok: unscoped-tenant-query
        await RoomRequest.deleteOne({ _id: request.params.id, ...scope(request) });
        return h.response().code(204);
      } catch (err) {
        // expect: error-details-leak
        return h.response({ error: err.message }).code(500);
      }
    },
  },
];
