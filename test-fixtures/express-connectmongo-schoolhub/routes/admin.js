var express = require('express');
var User = require('../models/User');
var School = require('../models/School');
var { requireRole } = require('../middleware/auth');

var router = express.Router();
router.use(requireRole('admin'));

// ok: missing-auth, missing-role-check
router.get('/users', async function (req, res) {
  // ok: unscoped-tenant-query
  var users = await User.find({ school: req.user.school }).sort('name');
  res.render('admin/users', { users: users });
});

// ok: missing-auth, missing-role-check, missing-input-validation
router.post('/users/:id/role', async function (req, res) {
  var role = ['student', 'teacher', 'admin'].indexOf(req.body.role) !== -1 ? req.body.role : 'student';
  // ok: unscoped-tenant-query
  await User.updateOne({ _id: req.params.id, school: req.user.school }, { role: role });
  res.redirect('/admin/users');
});

// ok: missing-auth, missing-role-check
// expect: missing-input-validation
router.post('/school', async function (req, res) {
  var name = String(req.body.name || '').trim().slice(0, 160);
  var district = String(req.body.district || '').trim().slice(0, 160);
  // ok: unscoped-tenant-query
  await School.updateOne({ _id: req.user.school }, { name: name, district: district });
  res.redirect('/admin/users');
});

module.exports = router;
