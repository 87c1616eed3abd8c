import { Router } from 'express';
import { offersController } from '../controllers/offers.controller.js';
import { requireOrg, requireOrgRole } from '../middleware/session.js';

export const offersRouter = Router();
offersRouter.use(requireOrg);

// ok: missing-auth
offersRouter.get('/', offersController.list);
offersRouter
  .route('/:applicationId')
  // ok: missing-auth
  .get(offersController.show)
  // ok: missing-role-check
  .delete(requireOrgRole('owner', 'admin'), offersController.withdraw);
