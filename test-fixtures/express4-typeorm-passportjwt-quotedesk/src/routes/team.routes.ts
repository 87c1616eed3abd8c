import { Router } from 'express';
import * as team from '../controllers/team.controller';
import { requireAuth, requireRole } from '../middleware/auth';
import { inviteLimiter } from '../middleware/rateLimits';
import { validate } from '../middleware/validate';
import { inviteSchema, memberRoleSchema } from '../validation/schemas';
import { UserRole } from '../entities/User';

const router = Router();
router.use(requireAuth);

// ok: missing-auth
router.get('/members', team.listMembers);
// ok: missing-rate-limit, missing-role-check
router.post('/invitations', inviteLimiter, requireRole(UserRole.Owner, UserRole.Admin), validate(inviteSchema), team.inviteMember);
// expect: missing-role-check
router.patch('/members/:id/role', validate(memberRoleSchema), team.changeMemberRole);
// ok: missing-role-check
router.delete('/members/:userId', requireRole(UserRole.Owner), team.removeMember);

export default router;
