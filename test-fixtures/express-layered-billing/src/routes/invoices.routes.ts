import { Router } from 'express';
import { invoicesController as c } from '../controllers/invoices.controller';
import { requireAuth } from '../middleware/requireAuth';
import { validate } from '../middleware/validate';
import { InvoiceCreateSchema, InvoiceUpdateSchema } from '../schemas';

const router = Router();
router.use(requireAuth);

router.get('/', c.list);
// expect: missing-rate-limit
router.get('/export.csv', c.exportCsv);
// ok: missing-input-validation
router.post('/', validate(InvoiceCreateSchema), c.create);
router.get('/:id', c.show);
router.get('/:id/lines', c.lines);
// ok: missing-input-validation
router.patch('/:id', validate(InvoiceUpdateSchema), c.update);
router.post('/:id/send', c.send);
router.delete('/:id', c.remove);

export default router;
