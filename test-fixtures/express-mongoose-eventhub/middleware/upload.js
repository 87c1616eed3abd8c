const path = require('path');
const multer = require('multer');

const storage = multer.diskStorage({
  destination: (req, file, cb) => cb(null, 'public/uploads/covers'),
  filename: (req, file, cb) => cb(null, `cover_${req.params.id}${path.extname(file.originalname)}`),
});

// ok: unrestricted-upload
exports.coverUpload = multer({
  storage,
  limits: { fileSize: 2 * 1024 * 1024 },
  fileFilter: (req, file, cb) => {
    if (!file.mimetype.startsWith('image/')) {
      return cb(new Error('Please upload an image file'));
    }
    cb(null, true);
  },
});

// attendee list imports (csv / xlsx)
// expect: unrestricted-upload
exports.importUpload = multer({ dest: 'tmp/imports' });
