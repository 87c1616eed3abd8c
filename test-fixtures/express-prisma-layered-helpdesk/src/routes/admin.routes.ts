import { Router } from 'express';
import { assignTicket, changeRole, deleteUser, listUsers } from '../controllers/admin.controller';
import { requireRole } from '../middleware/auth';
import { validate } from '../middleware/validate';
import { AssignSchema, RoleSchema } from '../lib/schemas';

export const adminRouter = Router();

// ok: missing-role-check
adminRouter.get('/users', requireRole('admin'), listUsers);
// ok: missing-role-check, missing-input-validation
adminRouter.patch('/users/:id/role', requireRole('admin'), validate(RoleSchema), changeRole);
// expect: missing-role-check
adminRouter.delete('/users/:id', deleteUser);
// ok: missing-role-check
adminRouter.post('/tickets/:id/assign', requireRole('admin'), validate(AssignSchema), assignTicket);
