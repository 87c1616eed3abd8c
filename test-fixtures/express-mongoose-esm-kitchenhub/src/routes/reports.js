import { Router } from 'express';
import { exportOrders } from '../controllers/supplierController.js';
import { isAuthenticated } from '../middleware/auth.js';

const router = Router();

// expect: missing-role-check, missing-rate-limit
// ok: missing-auth
router.get('/manage/orders.csv', isAuthenticated, exportOrders);

export default router;
