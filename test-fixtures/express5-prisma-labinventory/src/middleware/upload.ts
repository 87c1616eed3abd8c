import multer from 'multer';
import path from 'node:path';
import { config } from '../config/index.js';

const ALLOWED_ATTACHMENT_TYPES = ['application/pdf', 'image/png', 'image/jpeg', 'text/csv'];

// ok: unrestricted-upload
export const attachmentUpload = multer({
  storage: multer.diskStorage({
    destination: config.uploadDir,
    filename: (_req, file, cb) => cb(null, `${Date.now()}-${path.basename(file.originalname)}`),
  }),
  limits: { fileSize: 10 * 1024 * 1024, files: 1 },
  fileFilter: (_req, file, cb) => cb(null, ALLOWED_ATTACHMENT_TYPES.includes(file.mimetype)),
});

// CSV manifests from the sample intake team
// expect: unrestricted-upload
export const manifestUpload = multer({ storage: multer.memoryStorage() });
