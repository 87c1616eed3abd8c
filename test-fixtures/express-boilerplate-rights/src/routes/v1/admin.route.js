const express = require('express');
const { auth } = require('../../middlewares/auth');
const validate = require('../../middlewares/validate');
const { userValidation } = require('../../validations');
const userController = require('../../controllers/user.controller');

const router = express.Router();

// ok: missing-role-check
router.get('/organizations', auth('manageOrganizations'), userController.listOrganizations);

// authenticated, but any signed-in user can change anyone's role
// expect: missing-role-check
router.patch('/users/:userId/role', auth(), validate(userValidation.setRole), userController.setUserRole);

// expect: missing-role-check
router.get('/stats', auth(), userController.platformStats);

module.exports = router;
