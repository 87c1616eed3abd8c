import multer from 'multer';
import { CloudinaryStorage } from 'multer-storage-cloudinary';
import cloudinary from '../config/cloudinary.js';

const IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/webp'];

const photoStorage = new CloudinaryStorage({
  cloudinary,
  params: { folder: 'kitchenhub/recipes', allowed_formats: ['jpg', 'png', 'webp'] },
});

// ok: unrestricted-upload
export const uploadPhoto = multer({
  storage: photoStorage,
  limits: { fileSize: 5 * 1024 * 1024 },
  fileFilter(req, file, cb) {
    if (!IMAGE_TYPES.includes(file.mimetype)) return cb(new Error('Only images are allowed'));
    cb(null, true);
  },
});

// supplier price lists arrive as CSV
// expect: unrestricted-upload
export const uploadCsv = multer({ storage: multer.memoryStorage() });
