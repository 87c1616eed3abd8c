import { Router } from 'express';
import { z } from 'zod';
import { Role } from '@prisma/client';
import { adminController } from '../controllers/admin.controller.js';
import { validate } from '../middleware/validate.js';

// mounted behind authenticate + requireRole(Role.ADMIN) in routes/index.ts
export const adminRouter = Router();

// ok: missing-auth, missing-role-check
adminRouter.get('/users', adminController.users);
// ok: missing-auth, missing-role-check, missing-input-validation
adminRouter.patch('/users/:id/role', validate(z.object({ role: z.nativeEnum(Role) })), adminController.setRole);
// ok: missing-auth, missing-role-check
adminRouter.delete('/users/:id', adminController.removeUser);
// ok: missing-auth, missing-role-check
adminRouter.get('/audit-log', adminController.auditLog);

// operator dashboards; mounted behind authenticate only
export const internalRouter = Router();

// ok: missing-auth
// expect: missing-role-check
internalRouter.get('/queue-stats', adminController.queueStats);
