import { Router } from 'express';
import { Role } from '@prisma/client';
import { sampleController } from '../controllers/sample.controller.js';
import { authenticate, requireRole } from '../middleware/auth.js';
import { uploadLimiter } from '../middleware/rateLimit.js';
import { attachmentUpload, manifestUpload } from '../middleware/upload.js';
import { validate } from '../middleware/validate.js';
import { createSampleSchema, updateSampleSchema } from '../validators/schemas.js';

export const sampleRouter = Router();

// printed on the bench label printer, which cannot sign in; registered before the auth middleware
// expect: missing-auth
sampleRouter.get('/:id/label', sampleController.label);

sampleRouter.use(authenticate);

// ok: missing-auth
sampleRouter.get('/', sampleController.list);
// ok: missing-auth, missing-input-validation
sampleRouter.post('/', validate(createSampleSchema), sampleController.create);
// ok: missing-auth
// expect: missing-rate-limit, missing-input-validation
sampleRouter.post('/import', manifestUpload.single('manifest'), sampleController.importManifest);
// ok: missing-auth
sampleRouter.get('/:id', sampleController.get);
// ok: missing-auth, missing-input-validation
sampleRouter.patch('/:id', validate(updateSampleSchema), sampleController.update);
// ok: missing-auth, missing-role-check
sampleRouter.delete('/:id', requireRole(Role.MANAGER, Role.ADMIN), sampleController.remove);
// ok: missing-auth, missing-rate-limit
sampleRouter.post('/:id/attachments', uploadLimiter, attachmentUpload.single('file'), sampleController.addAttachment);
