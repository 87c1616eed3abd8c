import { Router } from 'express';
import { requireJwt, requireRole } from '../middleware/auth.js';
import {
  approveVendor,
  createVendor,
  deleteVendor,
  getVendor,
  listVendors,
  updateVendor,
} from '../controllers/vendors.controller.js';

export const vendorsRouter = Router();

vendorsRouter.use(requireJwt);

// ok: missing-auth
vendorsRouter.get('/', listVendors);
// ok: missing-auth
vendorsRouter.get('/:id', getVendor);
// ok: missing-auth, missing-input-validation
vendorsRouter.post('/', requireRole('owner', 'admin', 'buyer'), createVendor);
// expect: missing-input-validation
vendorsRouter.patch('/:id', updateVendor);
vendorsRouter.post('/:id/approve', requireRole('owner', 'admin'), approveVendor);
vendorsRouter.delete('/:id', requireRole('owner', 'admin'), deleteVendor);
