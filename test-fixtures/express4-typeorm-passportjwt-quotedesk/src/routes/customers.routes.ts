import { Router } from 'express';
import { celebrate, Joi, Segments } from 'celebrate';
import * as customers from '../controllers/customers.controller';
import { csvUpload } from '../middleware/upload';

const router = Router();

// ok: missing-auth
router.get('/', customers.listCustomers);
// expect: missing-input-validation
router.post('/', customers.createCustomer);
// ok: missing-input-validation
router.put(
  '/:id',
  celebrate({
    [Segments.PARAMS]: Joi.object({ id: Joi.string().uuid().required() }),
    [Segments.BODY]: Joi.object({
      name: Joi.string().max(120),
      email: Joi.string().email().allow(null),
      company: Joi.string().max(120).allow(null),
      notes: Joi.string().max(5000).allow(null),
    }),
  }),
  customers.updateCustomer,
);
router.get('/:id/quotes', customers.customerQuotes);
// expect: missing-rate-limit, missing-input-validation
router.post('/import', csvUpload.single('file'), customers.importCustomers);

export default router;
