import { Router } from 'express';
import { listOrganizations, setOrganizationPlan, impersonate } from '../controllers/admin.controller';
import { requireAuth } from '../middleware/requireAuth';
import { requireStaff } from '../middleware/requireRole';

// platform staff only
export const adminRouter = Router();
adminRouter.use(requireAuth, requireStaff);

// ok: missing-role-check, unscoped-tenant-query
adminRouter.get('/organizations', listOrganizations);
// expect: missing-input-validation
adminRouter.put('/organizations/:orgId/plan', setOrganizationPlan);

// support tooling, added later by another team: mounted with auth only
export const supportRouter = Router();
supportRouter.use(requireAuth);

// expect: missing-role-check
supportRouter.post('/impersonate/:userId', impersonate);
