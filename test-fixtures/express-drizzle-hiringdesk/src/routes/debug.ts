import { Router } from 'express';
import multer from 'multer';
import { logger } from '../lib/logger.js';

export const debugRouter = Router();

// expect: unrestricted-upload
const avatarUpload = multer({
  storage: multer.memoryStorage(),
  fileFilter: (_req, file, cb) => cb(null, file.mimetype.startsWith('image/')),
});

debugRouter.get('/whoami', (req, res) => {
  // expect: token-logging
  logger.info({ session: req.authSession }, 'whoami');
  res.json({ id: req.user?.id });
});

// expect: missing-rate-limit
debugRouter.post('/avatar', avatarUpload.single('avatar'), (req, res) => {
  res.json({ size: req.file?.size ?? 0 });
});
