'use strict';

const crypto = require('crypto');
const Boom = require('@hapi/boom');
const Joi = require('joi');
const bcrypt = require('bcrypt');
const User = require('../models/user');
const Workspace = require('../models/workspace');

const credentials = Joi.object({
  email: Joi.string().email().required(),
  password: Joi.string().min(10).max(200).required(),
  remember: Joi.boolean().default(false),
});

module.exports = [
  // ok: missing-rate-limit
  {
    method: 'POST',
    path: '/auth/login',
    options: {
      auth: false,
      plugins: { 'hapi-rate-limit': { enabled: true, pathLimit: 20 } },
      validate: { payload: credentials },
    },
    handler: async (request, h) => {
      const { email, password, remember } = request.payload;
      const user = await User.findOne({ email: email.toLowerCase() });
      if (!user || !(await bcrypt.compare(password, user.passwordHash))) {
        throw Boom.unauthorized('Wrong email or password');
      }
      request.cookieAuth.set({ id: String(user._id) });
      if (remember) {
        h.state('remember_token', crypto.randomBytes(32).toString('hex'));
      }
      return { id: user._id, name: user.name, role: user.role };
    },
  },
  // expect: missing-rate-limit
  {
    method: 'POST',
    path: '/auth/signup',
    options: {
      auth: false,
      validate: {
        payload: credentials.keys({
          name: Joi.string().max(80).required(),
          workspaceName: Joi.string().max(80).required(),
        }),
      },
    },
    handler: async (request, h) => {
      const { email, password, name, workspaceName } = request.payload;
      const workspace = await Workspace.create({ name: workspaceName });
      const user = await User.create({
        email,
        name,
        workspace: workspace._id,
        role: 'owner',
        passwordHash: await bcrypt.hash(password, 12),
      });
      request.cookieAuth.set({ id: String(user._id) });
      // the SPA reads it to show "stay signed in"
      // expect: insecure-cookie
      h.state('remember_token', crypto.randomBytes(32).toString('hex'), { isHttpOnly: false });
      return h.response({ id: user._id }).code(201);
    },
  },
  {
    method: 'POST',
    path: '/auth/logout',
    options: { auth: { mode: 'try' } },
    handler: (request, h) => {
      request.cookieAuth.clear();
      return h.response().code(204);
    },
  },
  {
    method: 'GET',
    path: '/auth/me',
    config: {
      description: 'The signed-in user',
      tags: ['api'],
    },
    handler: async (request) => {
      return User.findById(request.auth.credentials.id).select('email name role');
    },
  },
  {
    method: '*',
    path: '/{any*}',
    options: { auth: false },
    handler: (request, h) => h.response({ error: 'Not Found', path: request.path }).code(404),
  },
];
