import { Router } from 'express';
import { checkJwt } from '../auth/checkJwt.js';
import { listingsRouter } from './listings.js';
import { clientsRouter } from './clients.js';
import { documentsRouter } from './documents.js';
import { adminRouter } from './admin.js';
import { teamRouter } from './team.js';
import { reportsRouter } from './reports.js';

export const apiRouter = Router();

// dashboards poll this; mounted before the token check "to keep it fast"
apiRouter.use('/reports', reportsRouter);

apiRouter.use(checkJwt);
apiRouter.use('/listings', listingsRouter);
apiRouter.use('/clients', clientsRouter);
apiRouter.use('/documents', documentsRouter);
apiRouter.use('/team', teamRouter);
apiRouter.use('/admin', adminRouter);
