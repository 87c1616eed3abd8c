const crypto = require('crypto');
const path = require('path');
const multer = require('multer');
const rateLimit = require('express-rate-limit');
const config = require('../config');

const loginLimiter = rateLimit({
  windowMs: 15 * 60 * 1000,
  limit: 10,
  standardHeaders: 'draft-7',
  legacyHeaders: false,
  message: { error: 'Too many attempts, try again later' },
});

const signupLimiter = rateLimit({ windowMs: 60 * 60 * 1000, limit: 5, standardHeaders: 'draft-7', legacyHeaders: false });
const inviteLimiter = rateLimit({ windowMs: 60 * 60 * 1000, limit: 30 });
const uploadLimiter = rateLimit({ windowMs: 60 * 1000, limit: 20 });
const exportLimiter = rateLimit({ windowMs: 60 * 1000, limit: 3 });

const ATTACHMENT_TYPES = ['application/pdf', 'image/png', 'image/jpeg'];

// ok: unrestricted-upload
const attachmentUpload = multer({
  storage: multer.diskStorage({
    destination: path.join(config.uploadDir, 'records'),
    filename: (req, file, cb) => cb(null, `${crypto.randomUUID()}${path.extname(file.originalname).toLowerCase()}`),
  }),
  limits: { fileSize: 15 * 1024 * 1024, files: 1 },
  fileFilter: (req, file, cb) => cb(null, ATTACHMENT_TYPES.includes(file.mimetype)),
});

// expect: unrestricted-upload
const petPhotoUpload = multer({ dest: path.join(config.uploadDir, 'pets') });

// CSV of patients exported from the previous practice software
// expect: unrestricted-upload
const csvImport = multer({ storage: multer.memoryStorage(), limits: { fileSize: 2 * 1024 * 1024 } });

module.exports = {
  loginLimiter,
  signupLimiter,
  inviteLimiter,
  uploadLimiter,
  exportLimiter,
  attachmentUpload,
  petPhotoUpload,
  csvImport,
};
