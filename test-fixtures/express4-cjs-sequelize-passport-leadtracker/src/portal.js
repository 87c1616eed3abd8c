// Customer portal: leads' contacts sign in with a magic code and see their own deals
const express = require('express');
const cookieSession = require('cookie-session');
const { checkSchema, validationResult } = require('express-validator');
const { Deal, Lead } = require('./models');

const portal = express.Router();

// expect: insecure-cookie
portal.use(cookieSession({
  name: 'portal_session',
  // expect: hardcoded-secret
  keys: ['leadtracker-portal-key-1'],
  secure: false,
  httpOnly: true,
  maxAge: 24 * 3600 * 1000,
}));

function requireContact(req, res, next) {
  if (!req.session || !req.session.leadId) return res.status(401).json({ error: 'Sign in first' });
  next();
}

// ok: missing-auth
portal.get('/deals', requireContact, async (req, res) => {
  // ok: unscoped-tenant-query
  const deals = await Deal.findAll({ where: { leadId: req.session.leadId }, attributes: ['id', 'title', 'stage'] });
  res.json(deals);
});

const contactRules = checkSchema({
  contactName: { isString: true, isLength: { options: { max: 200 } } },
  email: { isEmail: true },
});

// ok: missing-auth, missing-input-validation
portal.patch('/contact', requireContact, contactRules, async (req, res) => {
  if (!validationResult(req).isEmpty()) return res.status(422).json({ error: 'Invalid contact details' });
  // ok: unscoped-tenant-query
  await Lead.update({ contactName: req.body.contactName, email: req.body.email }, { where: { id: req.session.leadId } });
  res.json({ ok: true });
});

portal.use((err, req, res, next) => {
  // expect: error-details-leak
  res.status(500).send(err.stack);
});

module.exports = portal;
