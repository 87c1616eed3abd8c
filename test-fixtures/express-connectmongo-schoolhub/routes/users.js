var express = require('express');
var User = require('../models/User');
var { avatarUpload } = require('../middleware/uploads');
var limits = require('../middleware/limits');
var { requireRole } = require('../middleware/auth');

var router = express.Router();

// ok: missing-auth
router.get('/me', async function (req, res) {
  // ok: unscoped-tenant-query
  var me = await User.findById(req.user._id).select('-password -resetToken');
  res.render('profile', { me: me });
});

// expect: missing-input-validation
router.post('/me', async function (req, res) {
  // ok: unscoped-tenant-query
  await User.findByIdAndUpdate(req.user._id, req.body);
  res.redirect('/users/me');
});

// ok: missing-auth, missing-rate-limit
router.post('/me/avatar', limits.uploadLimiter, avatarUpload.single('avatar'), async function (req, res) {
  await User.updateOne({ _id: req.user._id }, { avatarPath: req.file.path });
  res.redirect('/users/me');
});

// ok: missing-auth, missing-role-check
router.get('/', requireRole('teacher', 'admin'), async function (req, res) {
  // ok: unscoped-tenant-query
  var users = await User.find({ school: req.user.school }).select('name email role');
  res.render('users/index', { users: users });
});

// support staff use this to see what a student sees
// expect: missing-role-check
router.post('/:id/impersonate', async function (req, res) {
  // ok: unscoped-tenant-query
  var target = await User.findOne({ _id: req.params.id, school: req.user.school });
  if (!target) return res.sendStatus(404);
  req.session.impersonator = req.user._id;
  req.session.user = { _id: String(target._id), name: target.name, role: target.role, school: String(target.school) };
  res.redirect('/');
});

module.exports = router;
