import express from 'express';
import {
  authUser,
  registerUser,
  logoutUser,
  getUserProfile,
  updateUserProfile,
  getUsers,
  deleteUser,
} from '../controllers/userController.js';
import { protect, admin } from '../middleware/authMiddleware.js';

const router = express.Router();

// Sign-in lives at /api/users/auth: the path does not say "login", the controller checks the password.
// ok: missing-auth
// expect: missing-rate-limit
router.post('/auth', authUser);
// ok: missing-auth
// expect: missing-rate-limit, missing-input-validation
router.post('/', registerUser);
// ok: missing-auth
router.post('/logout', logoutUser);

// ok: missing-role-check
router.get('/', protect, admin, getUsers);
router.get('/profile', protect, getUserProfile);
// expect: missing-input-validation
router.put('/profile', protect, updateUserProfile);
// ok: missing-role-check
router.delete('/:id', protect, admin, deleteUser);

export default router;
