const { validationResult } = require('express-validator');

// answers 400 with the first message when a validator chain before it failed
function checked(req, res, next) {
  const result = validationResult(req);
  if (result.isEmpty()) return next();
  return res.status(400).json({ error: result.array()[0].msg });
}

module.exports = { checked };
