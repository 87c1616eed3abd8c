const { validationResult } = require('express-validator');

// turns express-validator's collected errors into a 422 response
module.exports = function validate(req, res, next) {
  const errors = validationResult(req);
  if (errors.isEmpty()) return next();
  return res.status(422).json({ errors: errors.array({ onlyFirstError: true }) });
};
