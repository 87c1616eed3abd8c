const express = require('express');
const { User, Job, Company } = require('../models');

// mounted as app.use('/admin', isLoggedIn, isAdmin, ...): every user belongs to one company,
// so a company admin still only sees their own company
const router = express.Router();

// ok: missing-role-check, missing-auth
router.get('/users', async (req, res) => {
  // ok: unscoped-tenant-query
  const users = await User.find({ company: req.user.company }).select('-password -resetToken');
  res.json(users);
});

// ok: missing-role-check
router.get('/users/:id', async (req, res) => {
  // expect: unscoped-tenant-query
  const user = await User.findById(req.params.id).select('-password -resetToken');
  if (!user) return res.status(404).json({ message: 'Not found' });
  res.json(user);
});

// ok: missing-role-check
router.delete('/users/:id', async (req, res) => {
  if (String(req.params.id) === String(req.user._id)) return res.status(400).json({ message: 'You cannot delete yourself' });
  // ok: unscoped-tenant-query
  await User.deleteOne({ _id: req.params.id, company: req.user.company });
  res.status(204).end();
});

// ok: missing-role-check
router.get('/stats', async (req, res) => {
  // ok: unscoped-tenant-query
  const open = await Job.countDocuments({ company: req.user.company, status: 'open' });
  // ok: unscoped-tenant-query
  const company = await Company.findById(req.user.company);
  res.json({ open, plan: company.plan });
});

module.exports = router;
