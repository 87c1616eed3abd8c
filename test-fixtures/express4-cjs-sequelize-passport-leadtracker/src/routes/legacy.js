// Server-rendered pages of the old dashboard (JSON for the widgets)
const express = require('express');
const { Lead, Organization } = require('../models');
const logger = require('../lib/logger');

const router = express.Router();

// ok: missing-auth
router.get('/widgets/lead/:id', async (req, res) => {
  if (!req.isAuthenticated()) return res.sendStatus(401);
  // ok: unscoped-tenant-query
  const lead = await Lead.findOne({
    where: { id: req.params.id },
    include: [{ model: Organization, where: { id: req.user.orgId }, attributes: [] }],
  });
  if (!lead) return res.sendStatus(404);
  res.json(lead);
});

// ok: missing-auth
// known gap: a signed-in user's own reset-link request (checked in the handler, nothing guessed) is read as a password reset route by its path
// expect: missing-rate-limit
router.post('/widgets/password-reset-link', async (req, res) => {
  if (!req.isAuthenticated()) return res.sendStatus(401);
  const token = require('crypto').randomBytes(20).toString('hex');
  // expect: token-logging
  logger.info('issued password reset link', { userId: req.user.id, token });
  res.json({ ok: true });
});

module.exports = router;
