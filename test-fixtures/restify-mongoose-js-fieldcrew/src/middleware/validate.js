'use strict';
const errors = require('restify-errors');

// validates req.body against a Joi schema and replaces it with the cleaned value
function validateBody(schema) {
  return function (req, res, next) {
    const { error, value } = schema.validate(req.body, { stripUnknown: true });
    if (error) return next(new errors.BadRequestError(error.details[0].message));
    req.body = value;
    return next();
  };
}

module.exports = { validateBody };
