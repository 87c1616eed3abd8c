'use strict';

// Joi schemas for routers that predate celebrate.
function validate(schema, source = 'body') {
  return function validateRequest(req, res, next) {
    const { error, value } = schema.validate(req[source], { abortEarly: false, stripUnknown: true });
    if (error) {
      // ok: error-details-leak
      return res.status(400).json({ error: 'Invalid request', details: error.details.map((d) => d.message) });
    }
    req[source] = value;
    return next();
  };
}

module.exports = { validate };
