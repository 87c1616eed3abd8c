const express = require('express');
const auth = require('../../middlewares/auth');
const validate = require('../../middlewares/validate');
const userValidation = require('../../validations/user.validation');
const { adminController } = require('../../controllers');

const router = express.Router();

// ok: missing-role-check
router.get('/organizations', auth('manageOrganizations'), adminController.listOrganizations);

// authenticated, but any signed-in user can change anyone's role
// expect: missing-role-check
router.patch('/users/:userId/role', auth(), validate(userValidation.setRole), adminController.setUserRole);

// expect: missing-role-check
router.get('/stats', auth(), adminController.platformStats);

module.exports = router;
