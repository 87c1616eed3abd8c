'use strict';
const express = require('express');
const multer = require('multer');
const path = require('path');
const { requireAuth } = require('../auth/passport');
const { uploads } = require('../repositories');

const router = express.Router();

// expect: unrestricted-upload
const upload = multer({ dest: 'uploads/' });

// ok: unrestricted-upload
const photoUpload = multer({
  dest: 'uploads/photos/',
  limits: { fileSize: 2 * 1024 * 1024 },
  fileFilter: (_req, file, cb) => cb(null, ['.jpg', '.jpeg', '.png'].includes(path.extname(file.originalname).toLowerCase())),
});

// expect: missing-rate-limit
router.post('/documents', requireAuth, upload.single('file'), async (req, res) => {
  const doc = await uploads.create({ originalName: req.file.originalname, path: req.file.path, uploadedBy: req.user._id, school: req.user.school });
  res.status(201).json({ id: doc._id });
});

// expect: missing-rate-limit
router.post('/photos', requireAuth, photoUpload.single('photo'), async (req, res) => {
  const doc = await uploads.create({ originalName: req.file.originalname, path: req.file.path, uploadedBy: req.user._id, school: req.user.school });
  res.status(201).json({ id: doc._id });
});

router.get('/documents', requireAuth, async (req, res) => {
  res.json(await uploads.find({ school: req.user.school }));
});

module.exports = router;
