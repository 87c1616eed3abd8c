const express = require('express');
const path = require('path');
const crypto = require('crypto');
const multer = require('multer');
const multerS3 = require('multer-s3');
const { s3, bucket } = require('../lib/s3');
const { Shoot, Photo } = require('../models');

const router = express.Router();

function s3Storage(prefix) {
  return multerS3({
    s3,
    bucket,
    contentType: multerS3.AUTO_CONTENT_TYPE,
    key: (req, file, cb) => cb(null, `${prefix}/${req.user.accountId}/${crypto.randomUUID()}${path.extname(file.originalname)}`),
  });
}

// RAW files from the camera: any size, any format
// expect: unrestricted-upload
const rawUpload = multer({ storage: s3Storage('raw') });

const IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/webp'];
// ok: unrestricted-upload
const proofUpload = multer({
  storage: s3Storage('proofs'),
  limits: { fileSize: 25 * 1024 * 1024, files: 50 },
  fileFilter: (req, file, cb) => cb(null, IMAGE_TYPES.includes(file.mimetype)),
});

// client-facing contract scans: capped in size, but any file type is stored and served back from the bucket
// expect: unrestricted-upload
const contractUpload = multer({ storage: s3Storage('contracts'), limits: { fileSize: 10 * 1024 * 1024 } });

// expect: missing-rate-limit
router.post('/shoots/:shootId/contract', contractUpload.single('contract'), async (req, res) => {
  // ok: unscoped-tenant-query
  const shoot = await Shoot.findOne({ where: { id: req.params.shootId, accountId: req.user.accountId } });
  if (!shoot) return res.status(404).json({ error: 'Not found' });
  res.status(201).json({ key: req.file.key });
});

// expect: missing-rate-limit
router.post('/shoots/:shootId/raw', rawUpload.array('files', 500), async (req, res) => {
  // ok: unscoped-tenant-query
  const shoot = await Shoot.findOne({ where: { id: req.params.shootId, accountId: req.user.accountId } });
  if (!shoot) return res.status(404).json({ error: 'Not found' });
  const rows = await Photo.bulkCreate(req.files.map((f) => ({ s3Key: f.key, kind: 'raw', shootId: shoot.id, accountId: shoot.accountId })));
  res.status(201).json({ uploaded: rows.length });
});

// expect: missing-rate-limit
router.post('/shoots/:shootId/proofs', proofUpload.array('files', 50), async (req, res) => {
  // expect: unscoped-tenant-query
  const shoot = await Shoot.findByPk(req.params.shootId);
  if (!shoot) return res.status(404).json({ error: 'Not found' });
  await Photo.bulkCreate(req.files.map((f) => ({ s3Key: f.key, kind: 'proof', shootId: shoot.id, accountId: shoot.accountId })));
  res.status(201).json({ ok: true });
});

router.delete('/photos/:photoId', async (req, res) => {
  // ok: unscoped-tenant-query
  const photo = await Photo.findOne({ where: { id: req.params.photoId, accountId: req.user.accountId } });
  if (!photo) return res.status(404).json({ error: 'Not found' });
  await photo.destroy();
  res.status(204).end();
});

module.exports = router;
