import { Router } from 'express';
import {
  approveLeave,
  cancelLeave,
  createLeave,
  getLeave,
  leaveCalendar,
  listLeave,
  rejectLeave,
  updateLeave,
} from '../controllers/leaveController';
import { asyncHandler, authenticate, authorize } from '../middleware/auth';

export const leaveRouter = Router();

// Polled by the office wallboard (see PUBLIC in app.ts). Registered before '/:id'.
// expect: missing-auth
leaveRouter.get('/calendar', asyncHandler(leaveCalendar));

leaveRouter
  .route('/')
  // ok: missing-auth
  .get(asyncHandler(listLeave))
  // ok: missing-auth
  .post(asyncHandler(createLeave));

leaveRouter
  .route('/:id')
  // ok: missing-auth
  .get(asyncHandler(getLeave))
  .patch(asyncHandler(updateLeave))
  .delete(asyncHandler(cancelLeave));

// Permission is checked inside the controller (ability.cannot('approve', ...)).
leaveRouter.post('/:id/approve', asyncHandler(approveLeave));
// ok: missing-auth
leaveRouter.post('/:id/reject', [authenticate, authorize('manager')], asyncHandler(rejectLeave));
