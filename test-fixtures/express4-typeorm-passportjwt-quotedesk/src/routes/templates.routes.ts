import { Router } from 'express';
import { requireAuth, requireRole } from '../middleware/auth';
import { asyncHandler } from '../lib/asyncHandler';
import { createLimiter } from '../lib/limiter';
import { TemplatesController } from '../controllers/templates.controller';
import { UserRole } from '../entities/User';

const router = Router();
const controller = new TemplatesController();
const cloneLimiter = createLimiter(10);

// ok: missing-auth
router.route('/:id/lines').get(requireAuth, asyncHandler(controller.lines));
// ok: missing-auth
router.get('/:id/peek', requireAuth, asyncHandler(controller.peek));
// ok: missing-auth, missing-role-check
router.post('/:id/clone', requireAuth, requireRole(UserRole.Owner, UserRole.Admin, UserRole.Sales), cloneLimiter, asyncHandler(controller.clone));

export default router;
