import { Router } from 'express';
import * as admin from '../controllers/admin.controller';
import { requireAuth, requireStaff } from '../middleware/auth';

const router = Router();
router.use(requireAuth, requireStaff);

// ok: missing-role-check
router.get('/organizations', admin.listOrganizations);
// ok: missing-role-check
router.post('/organizations/:id/suspend', admin.suspendOrganization);

export default router;
