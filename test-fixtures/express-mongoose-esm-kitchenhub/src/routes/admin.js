import { Router } from 'express';
import * as admin from '../controllers/adminController.js';
import { isAuthenticated, isAdmin } from '../middleware/auth.js';
import { inviteLimiter } from '../middleware/rateLimiters.js';
import { validate, inviteRules } from '../middleware/validate.js';

const router = Router();
router.use(isAuthenticated, isAdmin);

// ok: missing-auth, missing-role-check
router.get('/users', admin.listUsers);
// ok: missing-role-check, missing-input-validation
router.patch('/users/:id/role', admin.changeRole);
// ok: missing-role-check
router.delete('/users/:id', admin.deleteUser);
// ok: missing-role-check
router.get('/invites', admin.listInvites);
// ok: missing-role-check, missing-rate-limit, missing-input-validation
router.post('/invites', inviteLimiter, inviteRules, validate, admin.createInvite);

export default router;
