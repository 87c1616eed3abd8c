import { Router } from 'express';
import { Role } from '@prisma/client';
import { authenticate, requireRole } from '../middleware/auth.js';
import { authRouter } from './auth.routes.js';
import { sampleRouter } from './sample.routes.js';
import { inventoryRouter } from './inventory.routes.js';
import { adminRouter, internalRouter } from './admin.routes.js';
import { userRouter } from './user.routes.js';
import { reportsRouter } from './reports.routes.js';
import { kioskRouter } from './kiosk.routes.js';

export const apiRouter = Router();

apiRouter.use('/auth', authRouter);
apiRouter.use('/samples', sampleRouter);
apiRouter.use('/inventory', inventoryRouter);
apiRouter.use('/users', userRouter);
apiRouter.use('/kiosk', kioskRouter);
apiRouter.use('/reports', authenticate, reportsRouter);
apiRouter.use('/admin', authenticate, requireRole(Role.ADMIN), adminRouter);
apiRouter.use('/internal', authenticate, internalRouter);
