const express = require('express');
const { auth } = require('../../middlewares/auth');
const validate = require('../../middlewares/validate');
const { userValidation } = require('../../validations');
const userController = require('../../controllers/user.controller');

const router = express.Router();

router
  .route('/')
  // ok: missing-auth, missing-role-check, missing-input-validation
  .post(auth('manageUsers'), validate(userValidation.createUser), userController.createUser)
  // ok: missing-auth, missing-role-check
  .get(auth('getUsers'), validate(userValidation.getUsers), userController.getUsers);

router
  .route('/:userId')
  // ok: missing-auth, missing-role-check
  .get(auth('getUsers'), validate(userValidation.getUser), userController.getUser)
  // ok: missing-auth, missing-role-check
  .patch(auth('manageUsers'), validate(userValidation.updateUser), userController.updateUser)
  // ok: missing-auth, missing-role-check
  .delete(auth('manageUsers'), validate(userValidation.deleteUser), userController.deleteUser);

module.exports = router;
