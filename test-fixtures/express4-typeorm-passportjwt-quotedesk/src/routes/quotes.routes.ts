import { Router } from 'express';
import * as quotes from '../controllers/quotes.controller';
import { requireAuth } from '../middleware/auth';
import { exportLimiter, uploadLimiter } from '../middleware/rateLimits';
import { attachmentUpload } from '../middleware/upload';
import { validate } from '../middleware/validate';
import { bulkIdsSchema, createQuoteSchema, quoteStatusSchema } from '../validation/schemas';

const router = Router();
router.use(requireAuth);

// ok: missing-auth
router.get('/', quotes.listQuotes);
// ok: missing-rate-limit
router.get('/export.csv', exportLimiter, quotes.exportCsv);
// ok: missing-auth
router.get('/:id', quotes.getQuote);
// ok: missing-input-validation
router.post('/', validate(createQuoteSchema), quotes.createQuote);
// ok: missing-input-validation
router.post('/bulk/expire', validate(bulkIdsSchema), quotes.expireQuotes);
// ok: missing-input-validation
router.patch('/:id/status', validate(quoteStatusSchema), quotes.updateStatus);
// ok: missing-auth
router.delete('/:id', quotes.deleteQuote);
router.post('/:id/send', quotes.sendQuote);
// ok: missing-rate-limit, unrestricted-upload
// known gap: multer's req.file.originalname / mimetype written into the attachment row are not read as request data (see nest-prisma-rest-payroll)
router.post('/:id/attachments', uploadLimiter, attachmentUpload.single('file'), quotes.addAttachment);

export default router;
