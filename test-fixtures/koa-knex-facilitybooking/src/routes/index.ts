import Router from '@koa/router';
import { authRouter } from './auth';
import { facilitiesRouter } from './facilities';
import { bookingsRouter, bookingNotesRouter } from './bookings';
import { adminRouter, usersRouter } from './admin';
import { reportsRouter } from './reports';
import { publicRouter } from './public';
import { kioskRouter } from './kiosk';
import { manageRouter } from './manage';
import { requireRole } from '../middleware/roles';

export const apiRouter = new Router({ prefix: '/api/v1' });

apiRouter.use('/auth', authRouter.routes(), authRouter.allowedMethods());
apiRouter.use('/public', publicRouter.routes());
apiRouter.use('/facilities', facilitiesRouter.routes(), facilitiesRouter.allowedMethods());
apiRouter.use('/bookings', bookingsRouter.routes(), bookingsRouter.allowedMethods());
apiRouter.use('/bookings', bookingNotesRouter.routes());
apiRouter.use('/users', usersRouter.routes());
apiRouter.use('/admin', requireRole('admin'), adminRouter.routes(), adminRouter.allowedMethods());
apiRouter.use('/reports', reportsRouter.routes());
apiRouter.use('/kiosk', kioskRouter.routes());
apiRouter.use('/manage', manageRouter.routes());
