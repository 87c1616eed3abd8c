const router = require('express').Router();
const { celebrate, Joi } = require('celebrate');
const staff = require('../controllers/staff.controller');
const { requireRole } = require('../middleware/auth');

const inviteSchema = {
  body: Joi.object({
    email: Joi.string().email().required(),
    name: Joi.string().max(120).required(),
    role: Joi.string().valid('admin', 'doctor', 'reception').required(),
  }),
};

router.get('/', staff.list);
// ok: missing-input-validation, missing-role-check
// expect: missing-rate-limit
router.post('/invite', requireRole('owner', 'admin'), celebrate(inviteSchema), staff.invite);
// expect: missing-role-check, missing-input-validation
router.patch('/:id/role', staff.changeRole);
// ok: missing-role-check
router.delete('/:id', requireRole('owner'), staff.remove);

module.exports = router;
