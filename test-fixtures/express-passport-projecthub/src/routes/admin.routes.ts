import { Router } from 'express';
import { body } from 'express-validator';
import { adminController } from '../controllers/admin.controller';
import { authenticate, checkRole } from '../middleware/auth';
import { validate } from '../middleware/validate';

export const adminRouter = Router();
adminRouter.use(authenticate, checkRole('admin'));

// ok: missing-auth, missing-role-check
adminRouter.get('/users', adminController.users);

// ok: missing-auth, missing-role-check, missing-input-validation
adminRouter.patch('/users/:id/role', validate([body('role').isIn(['admin', 'manager', 'member'])]), adminController.setRole);

// ok: missing-auth, missing-role-check
adminRouter.delete('/users/:id', adminController.removeUser);

// reports were split out later and mounted behind authenticate only
export const adminReportsRouter = Router();

// ok: missing-auth
// expect: missing-role-check
adminReportsRouter.get('/usage', adminController.usage);
