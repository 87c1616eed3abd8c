import multer from 'multer';
import path from 'path';

const ALLOWED = ['application/pdf', 'image/png', 'image/jpeg'];

export const attachmentUpload = multer({
  dest: path.join(process.cwd(), 'uploads', 'attachments'),
  limits: { fileSize: 10 * 1024 * 1024 },
  fileFilter: (_req, file, cb) => cb(null, ALLOWED.includes(file.mimetype)),
});

// expect: unrestricted-upload
export const logoUpload = multer({ storage: multer.memoryStorage() });
