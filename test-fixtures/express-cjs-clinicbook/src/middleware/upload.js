const path = require('path');
const crypto = require('crypto');
const multer = require('multer');

const storage = multer.diskStorage({
  destination: path.join(__dirname, '..', '..', 'uploads'),
  filename: (req, file, cb) => cb(null, crypto.randomBytes(16).toString('hex') + path.extname(file.originalname)),
});

const ALLOWED = ['application/pdf', 'image/png', 'image/jpeg'];

// staff uploads: scans and referral letters
exports.documentUpload = multer({
  storage,
  limits: { fileSize: 10 * 1024 * 1024, files: 1 },
  fileFilter: (req, file, cb) => cb(null, ALLOWED.includes(file.mimetype)),
});

// lab results pushed by partner labs, any format they send
// expect: unrestricted-upload
exports.labUpload = multer({ dest: path.join(__dirname, '..', '..', 'uploads', 'lab') });
