const express = require('express');
const { Shoot, Photo } = require('../models');

const router = express.Router();

// the link mailed to the studio's client: the share token is the key
// ok: missing-auth
router.get('/:token', async (req, res) => {
  // ok: unscoped-tenant-query
  const shoot = await Shoot.findOne({ where: { shareToken: req.params.token } });
  if (!shoot) return res.status(404).json({ error: 'Gallery not found' });
  // ok: unscoped-tenant-query
  const photos = await Photo.findAll({ where: { shootId: shoot.id, kind: 'proof' } });
  res.json({ title: shoot.title, photos: photos.map((p) => p.s3Key) });
});

// full-resolution download: the token is checked, but the photo is looked up by its own id, from any studio
// expect: missing-auth
router.get('/:token/photos/:photoId', async (req, res) => {
  const shoot = await Shoot.findOne({ where: { shareToken: req.params.token } });
  if (!shoot) return res.status(404).json({ error: 'Gallery not found' });
  const photo = await Photo.findByPk(req.params.photoId);
  if (!photo) return res.status(404).json({ error: 'Photo not found' });
  res.json({ key: photo.s3Key });
});

module.exports = router;
