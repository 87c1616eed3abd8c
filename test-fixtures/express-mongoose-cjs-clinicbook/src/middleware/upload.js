'use strict';

const multer = require('multer');

const DOCUMENT_TYPES = ['application/pdf', 'image/png', 'image/jpeg'];

// ok: unrestricted-upload
const documentUpload = multer({
  storage: multer.memoryStorage(),
  limits: { fileSize: 10 * 1024 * 1024, files: 1 },
  fileFilter(req, file, cb) {
    if (!DOCUMENT_TYPES.includes(file.mimetype)) return cb(new multer.MulterError('LIMIT_UNEXPECTED_FILE', file.fieldname));
    return cb(null, true);
  },
});

// expect: unrestricted-upload
const avatarUpload = multer({ dest: 'uploads/avatars' });

module.exports = { documentUpload, avatarUpload };
