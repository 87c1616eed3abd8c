const express = require('express');
const { body } = require('express-validator');
const { getUsers, updateRole, deleteUser } = require('../controllers/users');
const { protect, authorize } = require('../middleware/auth');
const validate = require('../middleware/validate');

const router = express.Router();

router.use(protect);

router.get('/', getUsers);
router.put('/:id/role', authorize('admin'), body('role').isIn(['attendee', 'organizer', 'admin']), validate, updateRole);
// expect: missing-role-check
router.delete('/:id', deleteUser);

module.exports = router;
