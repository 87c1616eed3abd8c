import { Router } from 'express';
import { changeRole, listMembers, removeMember } from '../controllers/members.controller';
import { requireAuth } from '../middleware/requireAuth';
import { validate } from '../middleware/validate';
import { RoleChangeSchema } from '../schemas';

const router = Router();
router.use(requireAuth);

router.get('/', listMembers);
// ok: missing-role-check, missing-input-validation
router.patch('/:id/role', validate(RoleChangeSchema), changeRole);
// expect: missing-role-check
router.delete('/:id', removeMember);

export default router;
