import { Router } from 'express';
import * as customers from '../controllers/customers.controller';
import { requireAuth } from '../middleware/requireAuth';

const router = Router();
router.use(requireAuth);

router.get('/', customers.listCustomers);
// ok: missing-input-validation
router.post('/', customers.createCustomer);
router.get('/:id', customers.getCustomer);
router.get('/:id/statement', customers.getStatement);
// expect: missing-input-validation
router.put('/:id', customers.updateCustomer);

export default router;
