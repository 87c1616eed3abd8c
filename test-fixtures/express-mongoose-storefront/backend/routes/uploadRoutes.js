import path from 'path';
import express from 'express';
import multer from 'multer';
import { protect, admin } from '../middleware/authMiddleware.js';

const router = express.Router();

const storage = multer.diskStorage({
  destination(req, file, cb) {
    cb(null, 'uploads/');
  },
  filename(req, file, cb) {
    cb(null, `${file.fieldname}-${Date.now()}${path.extname(file.originalname)}`);
  },
});

function fileFilter(req, file, cb) {
  const okExt = /jpe?g|png|webp/.test(path.extname(file.originalname).toLowerCase());
  const okType = /image\/(?:jpe?g|png|webp)/.test(file.mimetype);
  if (okExt && okType) cb(null, true);
  else cb(Object.assign(new Error('Images only!'), { statusCode: 400 }), false);
}

// Product photos: the type is checked, the size is not.
// expect: unrestricted-upload
const upload = multer({ storage, fileFilter });
const uploadSingleImage = upload.single('image');

// ok: missing-auth, missing-role-check
// expect: missing-rate-limit
router.post('/', protect, admin, (req, res) => {
  uploadSingleImage(req, res, (err) => {
    if (err && err.statusCode) {
      // ok: error-details-leak
      return res.status(err.statusCode).json({ message: err.message });
    } else if (err) {
      // expect: error-details-leak
      return res.status(500).json({ message: err.message });
    }
    res.status(200).send({ message: 'Image uploaded', image: `/${req.file.path}` });
  });
});

export default router;
