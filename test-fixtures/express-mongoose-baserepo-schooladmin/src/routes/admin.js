'use strict';
const express = require('express');
const { requireAuth } = require('../auth/passport');
const { requireRole } = require('../middleware/roles');
const { users } = require('../repositories');
const invoiceService = require('../services/InvoiceService');

const router = express.Router();
router.use(requireAuth);

// ok: missing-role-check
router.get('/users', requireRole('admin'), async (req, res) => {
  res.json(await users.find({ school: req.user.school }));
});

// ok: missing-role-check
router.delete('/users/:id', requireRole('admin'), async (req, res) => {
  await users.deleteById(req.params.id);
  res.status(204).end();
});

// expect: missing-role-check
router.get('/invoices', async (req, res) => {
  res.json(await invoiceService.listForSchool(req.user.school));
});

router.get('/invoices/:id', requireRole('admin', 'registrar'), async (req, res) => {
  res.json(await invoiceService.get(req.params.id));
});

module.exports = router;
