const express = require('express');
const { celebrate, Joi, Segments } = require('celebrate');
const { Invoice, Pet } = require('../models');
const { requireRole } = require('../middleware/auth');
const { exportLimiter } = require('../middleware/security');
const invoiceService = require('../services/invoiceService');
const logger = require('../utils/logger');

const router = express.Router();

router.get('/', async (req, res, next) => {
  try {
    res.json(await invoiceService.listForClinic(req.user.clinicId, req.query));
  } catch (err) {
    next(err);
  }
});

// ok: missing-rate-limit
router.get('/export.csv', requireRole('admin'), exportLimiter, async (req, res) => {
  try {
    // ok: unscoped-tenant-query
    const invoices = await Invoice.findAll({
      where: { clinicId: req.user.clinicId },
      include: [{ model: Pet, attributes: ['name', 'ownerName'] }],
      order: [['number', 'ASC']],
    });
    const lines = invoices.map((i) => [i.number, i.Pet.name, i.Pet.ownerName, i.amountCents / 100, i.status].join(','));
    res.type('text/csv').send(['number,pet,owner,amount,status', ...lines].join('\n'));
  } catch (err) {
    logger.error('invoice export failed', { message: err.message });
    // expect: error-details-leak
    res.status(500).json({ error: 'Export failed', detail: err.message });
  }
});

// invoices tab on the pet page
router.get('/by-pet', async (req, res, next) => {
  try {
    // expect: unscoped-tenant-query
    const invoices = await Invoice.findAll({ where: { petId: req.query.petId }, order: [['issuedAt', 'DESC']] });
    res.json(invoices);
  } catch (err) {
    next(err);
  }
});

router.get('/:invoiceId', async (req, res, next) => {
  try {
    res.json(await invoiceService.getInvoice(req.user.clinicId, req.params.invoiceId));
  } catch (err) {
    next(err);
  }
});

// ok: missing-input-validation
router.post(
  '/',
  requireRole('admin', 'reception'),
  celebrate({
    [Segments.BODY]: Joi.object({
      petId: Joi.string().uuid().required(),
      amountCents: Joi.number().integer().min(0).max(10_000_000).required(),
      currency: Joi.string().valid('gbp', 'eur').default('gbp'),
    }),
  }),
  async (req, res, next) => {
    try {
      res.status(201).json(await invoiceService.createInvoice(req.user, req.body));
    } catch (err) {
      next(err);
    }
  },
);

router.post('/:invoiceId/mark-paid', requireRole('admin', 'reception'), async (req, res, next) => {
  try {
    await invoiceService.markPaid(req.params.invoiceId);
    res.status(204).end();
  } catch (err) {
    next(err);
  }
});

module.exports = router;
