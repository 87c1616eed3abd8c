const express = require('express');
const multer = require('multer');
const path = require('path');
const rateLimit = require('express-rate-limit');
const db = require('../db');
const { requireMember, requireRole } = require('../middleware/auth');
const tokens = require('../services/tokens');
const { sendMail } = require('../lib/mailer');

const router = express.Router();

const apiLimiter = rateLimit({ windowMs: 60 * 1000, limit: 120 });
router.use(requireMember, apiLimiter);

const IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/webp'];

// ok: unrestricted-upload
const avatarUpload = multer({
  dest: path.join(__dirname, '../../uploads/avatars'),
  limits: { fileSize: 2 * 1024 * 1024, files: 1 },
  fileFilter: (req, file, cb) => cb(null, IMAGE_TYPES.includes(file.mimetype)),
});

// expect: unrestricted-upload
const waiverUpload = multer({
  storage: multer.diskStorage({
    destination: path.join(__dirname, '../../uploads/waivers'),
    filename: (req, file, cb) => cb(null, `${Date.now()}-${file.originalname}`),
  }),
});

// expect: unrestricted-upload
const importUpload = multer({ storage: multer.memoryStorage(), limits: { fileSize: 20 * 1024 * 1024 } });

router.get('/me', async (req, res) => {
  const { rows } = await db.query('SELECT id, email, plan, gym_id FROM members WHERE id = $1', [req.member.sub]);
  res.json(rows[0]);
});

// ok: missing-rate-limit
router.post('/me/avatar', avatarUpload.single('avatar'), async (req, res) => {
  await db.query('UPDATE members SET avatar = $1 WHERE id = $2', [req.file.filename, req.member.sub]);
  res.json({ avatar: req.file.filename });
});

router.post('/me/waiver', waiverUpload.single('waiver'), async (req, res) => {
  try {
    await db.query('INSERT INTO waivers (member_id, file) VALUES ($1, $2)', [req.member.sub, req.file.filename]);
    res.status(201).json({ ok: true });
  } catch (err) {
    // expect: error-details-leak
    res.status(500).json({ error: err.message });
  }
});

// the CSV's rows are inserted as they come: no schema checks an email or a plan
// expect: missing-input-validation
router.post('/import', requireRole('owner'), importUpload.single('csv'), async (req, res) => {
  const lines = req.file.buffer.toString('utf8').split('\n').slice(1);
  for (const line of lines) {
    const [email, plan] = line.split(',');
    await db.query('INSERT INTO members (gym_id, email, plan, role) VALUES ($1, $2, $3, $4)', [req.member.gym, email, plan, 'member']);
  }
  res.json({ imported: lines.length });
});

router.post('/invites', requireRole('owner'), async (req, res) => {
  const token = tokens.issueInviteToken(req.member.gym, req.body.email);
  await sendMail(req.body.email, 'You are invited', `https://ironworks.example/join?invite=${token}`);
  res.status(201).json({ sent: true });
});

router.get('/classes/:id', async (req, res) => {
  try {
    const { rows } = await db.query('SELECT * FROM classes WHERE id = $1 AND gym_id = $2', [req.params.id, req.member.gym]);
    if (!rows[0]) return res.status(404).json({ error: 'Class not found' });
    res.json(rows[0]);
  } catch (err) {
    console.error('class lookup failed', err);
    // ok: error-details-leak
    res.status(500).json({ error: 'Could not load the class' });
  }
});

module.exports = router;
