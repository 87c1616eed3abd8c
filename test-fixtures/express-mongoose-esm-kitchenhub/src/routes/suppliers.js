import { Router } from 'express';
import * as suppliers from '../controllers/supplierController.js';
import { isAuthenticated, isManager } from '../middleware/auth.js';
import { uploadCsv } from '../middleware/upload.js';
import { validate, orderRules } from '../middleware/validate.js';

const router = Router();

// expect: missing-auth
router.get('/:id/contact', suppliers.getSupplierContact);

router.use(isAuthenticated);

// ok: missing-auth
router.get('/', suppliers.listSuppliers);
// ok: missing-auth
router.get('/:id/orders', suppliers.listOrders);
// ok: missing-input-validation
router.post('/:id/orders', isManager, orderRules, validate, suppliers.createOrder);
// expect: missing-input-validation
router.patch('/orders/:orderId/status', isManager, suppliers.updateOrderStatus);
// expect: missing-rate-limit, missing-input-validation
router.post('/import', uploadCsv.single('file'), suppliers.importSuppliers);

export default router;
