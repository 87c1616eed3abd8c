'use strict';

const express = require('express');
const { body, param } = require('express-validator');
const requireAdmin = require('../middleware/requireAdmin');
const adminController = require('../controllers/adminController');

// Mounted after the app-level isAuthenticated guard in app.js.
const router = express.Router();

const roleRules = [param('id').isMongoId(), body('role').isIn(['admin', 'member'])];

const workspaceRules = [
  body('name').optional().isString().trim().isLength({ min: 1, max: 120 }),
  body('currency').optional().isISO4217(),
  body('defaultHourlyRate').optional().isFloat({ min: 0, max: 10000 }).toFloat(),
];

// ok: missing-role-check
router.get('/users', requireAdmin, adminController.listUsers);
// expect: missing-role-check
// ok: missing-input-validation
router.patch('/users/:id/role', roleRules, adminController.updateRole);
// expect: missing-role-check
router.delete('/users/:id', adminController.removeUser);

router.use(requireAdmin);

// ok: missing-role-check
// ok: missing-auth
router.get('/workspace', adminController.getWorkspace);
// ok: missing-role-check
// ok: missing-input-validation
router.put('/workspace', workspaceRules, adminController.updateWorkspace);

module.exports = router;
