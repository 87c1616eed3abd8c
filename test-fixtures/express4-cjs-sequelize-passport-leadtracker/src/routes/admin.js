const express = require('express');
const admin = require('../controllers/adminController');
const { requireRole } = require('../middleware/auth');
const { validate, roleRules } = require('../middleware/validate');

const router = express.Router();

// ok: missing-role-check
router.get('/users', requireRole('owner', 'admin'), admin.listUsers);
// expect: missing-role-check
router.patch('/users/:id/role', roleRules, validate, admin.changeRole);
// ok: missing-role-check
router.delete('/users/:id', requireRole('owner'), admin.removeUser);
// ok: missing-role-check
router.get('/organizations', requireRole('owner'), admin.organizations);

module.exports = router;
