import { body, validationResult } from 'express-validator';

export function validate(req, res, next) {
  const errors = validationResult(req);
  if (!errors.isEmpty()) {
    return res.status(422).json({ errors: errors.array() });
  }
  next();
}

export const registerRules = [
  body('restaurantName').trim().isLength({ min: 2, max: 120 }),
  body('name').trim().isLength({ min: 1, max: 80 }),
  body('email').isEmail().normalizeEmail(),
  body('password').isStrongPassword({ minLength: 10 }),
];

export const loginRules = [body('email').isEmail().normalizeEmail(), body('password').isString().notEmpty()];

export const resetRules = [body('password').isStrongPassword({ minLength: 10 })];

export const acceptInviteRules = [
  body('name').trim().isLength({ min: 1, max: 80 }),
  body('password').isStrongPassword({ minLength: 10 }),
];

export const recipeRules = [
  body('title').trim().isLength({ min: 2, max: 120 }),
  body('category').isIn(['starter', 'main', 'dessert', 'prep']),
  body('ingredients').isArray({ max: 60 }),
  body('ingredients.*.name').isString().isLength({ max: 80 }),
  body('ingredients.*.quantity').isString().isLength({ max: 40 }),
  body('steps').isArray({ max: 40 }),
  body('costPerPortion').optional().isFloat({ min: 0 }),
];

export const orderRules = [
  body('lines').isArray({ min: 1, max: 100 }),
  body('lines.*.item').isString().isLength({ max: 120 }),
  body('lines.*.quantity').isInt({ min: 1 }),
  body('lines.*.unitPrice').isFloat({ min: 0 }),
];

export const inviteRules = [body('email').isEmail().normalizeEmail(), body('role').isIn(['manager', 'cook'])];
