import multer from 'multer';

const AVATAR_TYPES = ['image/png', 'image/jpeg', 'image/webp'];

export const avatarUploadOptions: multer.Options = {
  storage: multer.memoryStorage(),
  limits: { fileSize: 2 * 1024 * 1024, files: 1 },
  fileFilter: (_req, file, cb) => cb(null, AVATAR_TYPES.includes(file.mimetype)),
};
