const express = require('express');
const { User } = require('../models');
const { requireOwner } = require('../middleware/auth');

const router = express.Router();
const ROLES = ['owner', 'photographer', 'assistant'];

// ok: missing-auth
router.get('/', async (req, res) => {
  // ok: unscoped-tenant-query
  const members = await User.findAll({ where: { accountId: req.user.accountId }, attributes: ['id', 'email', 'role'] });
  res.json(members);
});

// ok: missing-role-check
// ok: missing-input-validation
router.patch('/:userId/role', requireOwner, async (req, res) => {
  if (!ROLES.includes(req.body.role)) return res.status(400).json({ error: 'Unknown role' });
  // ok: unscoped-tenant-query
  const [count] = await User.update({ role: req.body.role }, { where: { id: req.params.userId, accountId: req.user.accountId } });
  res.json({ updated: count });
});

// expect: missing-role-check
router.delete('/:userId', async (req, res) => {
  // ok: unscoped-tenant-query
  await User.destroy({ where: { id: req.params.userId, accountId: req.user.accountId } });
  res.status(204).end();
});

module.exports = router;
