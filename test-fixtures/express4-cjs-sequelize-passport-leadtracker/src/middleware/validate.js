const { body, param, validationResult } = require('express-validator');

function validate(req, res, next) {
  const errors = validationResult(req);
  if (!errors.isEmpty()) return res.status(422).json({ errors: errors.array() });
  next();
}

const signupRules = [
  body('email').isEmail().normalizeEmail(),
  body('password').isLength({ min: 10 }),
  body('name').trim().isLength({ min: 1, max: 120 }),
  body('organization').trim().isLength({ min: 2, max: 120 }),
];

const leadRules = [
  body('company').trim().isLength({ min: 1, max: 200 }),
  body('contactName').optional().trim().isLength({ max: 200 }),
  body('email').optional().isEmail(),
  body('status').optional().isIn(['new', 'contacted', 'qualified', 'lost']),
];

const dealRules = [
  body('title').trim().isLength({ min: 1, max: 200 }),
  body('amountCents').isInt({ min: 0 }),
  body('stage').optional().isIn(['qualification', 'proposal', 'won', 'lost']),
];

const roleRules = [param('id').isInt(), body('role').isIn(['owner', 'admin', 'rep'])];

module.exports = { validate, signupRules, leadRules, dealRules, roleRules };
