const express = require('express');
const crypto = require('crypto');
const Joi = require('joi');
const { UniqueConstraintError } = require('sequelize');
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

const inviteSchema = Joi.object({ email: Joi.string().email().required(), role: Joi.string().valid('photographer', 'assistant').required() });

// ok: missing-role-check
// ok: missing-input-validation
// expect: missing-rate-limit
router.post('/invite', requireOwner, async (req, res) => {
  const { error, value } = inviteSchema.validate(req.body);
  if (error) return res.status(400).json({ error: error.message });
  try {
    const member = await User.create({ email: value.email, role: value.role, passwordHash: crypto.randomBytes(32).toString('hex'), accountId: req.user.accountId });
    res.status(201).json({ id: member.id });
  } catch (err) {
    if (err instanceof UniqueConstraintError) {
      // expect: error-details-leak
      return res.status(409).json({ error: err.errors[0].message, fields: err.fields });
    }
    throw err;
  }
});

module.exports = router;
