const express = require('express');
const { Invoice } = require('../models');

const router = express.Router();

// expect: missing-auth
router.get('/:id', async (req, res) => {
  const invoice = await Invoice.findById(req.params.id).populate('patient', 'firstName lastName email');
  if (!invoice) return res.sendStatus(404);
  res.json(invoice);
});

// expect: missing-auth
router.get('/', async (req, res) => {
  const invoices = await Invoice.find({ clinic: req.query.clinic, status: 'open' });
  res.json(invoices);
});

module.exports = router;
