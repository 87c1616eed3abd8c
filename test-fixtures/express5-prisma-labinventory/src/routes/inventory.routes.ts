import { Router } from 'express';
import { Role } from '@prisma/client';
import { inventoryController } from '../controllers/inventory.controller.js';
import { authenticate, requireRole } from '../middleware/auth.js';
import { validate } from '../middleware/validate.js';
import { createBookingSchema } from '../validators/schemas.js';

export const inventoryRouter = Router();
inventoryRouter.use(authenticate);

// ok: missing-auth
inventoryRouter.get('/reagents', inventoryController.reagents);
// ok: missing-auth
inventoryRouter.get('/reagents/low-stock', inventoryController.lowStock);
// ok: missing-auth
inventoryRouter.get('/reagents/:id', inventoryController.reagent);
// ok: missing-auth
// expect: missing-input-validation
inventoryRouter.patch('/reagents/:id/stock', requireRole(Role.TECHNICIAN, Role.MANAGER, Role.ADMIN), inventoryController.adjustStock);

inventoryRouter
  .route('/equipment/:equipmentId/bookings')
  // ok: missing-auth
  .get(inventoryController.bookings)
  // ok: missing-auth, missing-input-validation
  .post(validate(createBookingSchema), inventoryController.book);

// ok: missing-auth
inventoryRouter.delete('/bookings/:id', inventoryController.cancelBooking);
