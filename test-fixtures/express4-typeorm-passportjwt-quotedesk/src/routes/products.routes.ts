import { Router } from 'express';
import * as products from '../controllers/products.controller';
import { requireAuth, requireRole } from '../middleware/auth';
import { validate } from '../middleware/validate';
import { productSchema } from '../validation/schemas';
import { UserRole } from '../entities/User';

const router = Router();

// ok: missing-auth
router.get('/', requireAuth, products.listProducts);
// ok: missing-input-validation, missing-auth
router.post('/', requireAuth, requireRole(UserRole.Owner, UserRole.Admin), validate(productSchema), products.createProduct);
// ok: missing-auth
router.post('/:id/archive', requireAuth, requireRole(UserRole.Owner, UserRole.Admin), products.archiveProduct);

export default router;
