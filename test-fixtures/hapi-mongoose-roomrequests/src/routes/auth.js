const Joi = require('joi');
const Jwt = require('@hapi/jwt');
const bcrypt = require('bcryptjs');
const { User } = require('../models');

module.exports = [
  // ok: missing-auth, missing-input-validation
  // expect: missing-rate-limit
  {
    method: 'POST',
    path: '/auth/login',
    options: {
      auth: false,
      validate: { payload: Joi.object({ email: Joi.string().email().required(), password: Joi.string().required() }) },
    },
    handler: async (request, h) => {
      const user = await User.findOne({ email: request.payload.email });
      if (!user || !(await bcrypt.compare(request.payload.password, user.passwordHash))) return h.response({ error: 'invalid' }).code(401);
      const token = Jwt.token.generate({ aud: 'room-requests', iss: 'room-requests', sub: String(user._id), campusId: String(user.campusId), role: user.role }, process.env.JWT_SECRET);
      // expect: insecure-cookie
      return h.response({ ok: true }).state('rr_session', token, { isSecure: false, isHttpOnly: true, isSameSite: 'Lax', path: '/' });
    },
  },
];
