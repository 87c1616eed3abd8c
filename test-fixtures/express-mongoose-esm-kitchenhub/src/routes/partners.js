import { Router } from 'express';
import { partnerAuth } from '../middleware/partnerAuth.js';
import { Supplier } from '../models/Supplier.js';

const router = Router();

// ok: missing-auth
router.get('/stock/:restaurantId', partnerAuth, async (req, res) => {
  // expect: unscoped-tenant-query
  const suppliers = await Supplier.find({ restaurant: req.params.restaurantId }).select('name');
  res.json(suppliers);
});

export default router;
