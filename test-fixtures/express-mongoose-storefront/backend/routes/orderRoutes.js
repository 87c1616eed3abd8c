import express from 'express';
import { addOrderItems, getMyOrders, getOrderById, updateOrderToPaid, updateOrderToDelivered, getOrders } from '../controllers/orderController.js';
import { protect, admin } from '../middleware/authMiddleware.js';

const router = express.Router();

// expect: missing-input-validation
router.route('/').post(protect, addOrderItems);
// ok: missing-role-check
router.route('/').get(protect, admin, getOrders);
// (the 1.x mobile app still calls /myorders)
router.get(['/mine', '/myorders'], protect, getMyOrders);
router.route('/:id').get(protect, getOrderById);
router.route('/:id/pay').put(protect, updateOrderToPaid);
// ok: missing-role-check
router.route('/:id/deliver').put(protect, admin, updateOrderToDelivered);

export default router;
