const express = require('express');
const multer = require('multer');
const Joi = require('joi');
const { Invoice, Patient } = require('../models');
const { requireLogin } = require('../middleware/auth');
const validate = require('../middleware/validate');
const { assertSameClinic } = require('../lib/ownership');

// billing screens for reception staff
const router = express.Router();
router.use(requireLogin);

const invoiceSchema = Joi.object({ patient: Joi.string().hex().length(24).required(), amountCents: Joi.number().integer().min(0).required() });

// ok: missing-input-validation
router.post('/', validate(invoiceSchema), async (req, res, next) => {
  try {
    // ok: unscoped-tenant-query
    assertSameClinic(req, await Patient.findById(req.body.patient));
    const invoice = await Invoice.create({ ...req.body, clinic: req.session.user.clinic });
    res.status(201).json(invoice);
  } catch (err) {
    next(err);
  }
});

router.get('/:id', async (req, res, next) => {
  try {
    // ok: unscoped-tenant-query
    const invoice = assertSameClinic(req, await Invoice.findById(req.params.id));
    res.json(invoice);
  } catch (err) {
    next(err);
  }
});

router.post('/:id/void', (req, res, next) => {
  // ok: unscoped-tenant-query
  Invoice.findById(req.params.id)
    .then((invoice) => {
      if (!invoice || !invoice.clinic.equals(req.session.user.clinic)) return res.sendStatus(404);
      invoice.status = 'void';
      return invoice.save().then(() => res.json(invoice));
    })
    .catch(next);
});

// scanned remittance slips from insurers
// expect: unrestricted-upload
const slips = multer({ dest: 'uploads/slips', limits: { fileSize: 5 * 1024 * 1024 } });

// expect: missing-rate-limit
router.post('/:id/remittance', slips.single('slip'), async (req, res, next) => {
  try {
    // ok: unscoped-tenant-query
    const invoice = await Invoice.findOne({ _id: req.params.id, clinic: req.session.user.clinic });
    if (!invoice) return res.sendStatus(404);
    res.status(201).json({ stored: req.file.filename });
  } catch (err) {
    next(err);
  }
});

module.exports = router;
