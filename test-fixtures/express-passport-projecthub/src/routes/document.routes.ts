import path from 'node:path';
import crypto from 'node:crypto';
import { Router } from 'express';
import multer from 'multer';
import { documentController } from '../controllers/document.controller';
import { uploadLimiter } from '../middleware/rateLimits';

const ALLOWED_TYPES = ['application/pdf', 'image/png', 'image/jpeg', 'text/plain'];

const storage = multer.diskStorage({
  destination: 'uploads/',
  filename: (_req, file, cb) => cb(null, `${crypto.randomUUID()}${path.extname(file.originalname)}`),
});

// ok: unrestricted-upload
const upload = multer({
  storage,
  limits: { fileSize: 10 * 1024 * 1024 },
  fileFilter: (_req, file, cb) => cb(null, ALLOWED_TYPES.includes(file.mimetype)),
});

// expect: unrestricted-upload
const bulkUpload = multer({ dest: 'uploads/bulk/' });

const router = Router();

// req.body.projectId is stored unchecked (only a typeof test): another company's project id goes through
// ok: missing-auth, missing-rate-limit, unrestricted-upload
// expect: missing-input-validation
router.post('/', uploadLimiter, upload.single('file'), documentController.upload);

// ok: missing-auth
// expect: missing-rate-limit
router.post('/bulk', bulkUpload.array('files', 50), documentController.bulkUpload);

// ok: missing-auth
router.get('/:id', documentController.get);

// ok: missing-auth
router.get('/:id/download', documentController.download);

// ok: missing-auth
router.delete('/:id', documentController.remove);

export default router;
