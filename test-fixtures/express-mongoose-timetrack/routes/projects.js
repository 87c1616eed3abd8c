'use strict';

const express = require('express');
const requireAdmin = require('../middleware/requireAdmin');
const projectController = require('../controllers/projectController');

// Mounted after the app-level isAuthenticated guard in app.js.
const router = express.Router();

// ok: missing-auth
router.get('/', projectController.list);
// ok: missing-auth
router.get('/:id', projectController.show);
// ok: missing-auth
// expect: missing-input-validation
router.post('/', projectController.create);
// expect: missing-input-validation
router.put('/:id', projectController.update);
// ok: missing-auth
router.get('/:id/rates', projectController.rates);
// ok: missing-auth
router.post('/:id/members/check', projectController.checkMember);
router.delete('/:id', requireAdmin, projectController.remove);

module.exports = router;
