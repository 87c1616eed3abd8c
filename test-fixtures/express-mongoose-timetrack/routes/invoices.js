'use strict';

const express = require('express');
const { body } = require('express-validator');
const isAuthenticated = require('../middleware/isAuthenticated');
const requireAdmin = require('../middleware/requireAdmin');
const invoiceController = require('../controllers/invoiceController');

const router = express.Router();

const createRules = [
  body('project').isMongoId(),
  body('periodStart').isISO8601().toDate(),
  body('periodEnd')
    .isISO8601()
    .toDate()
    .custom((end, { req }) => end >= req.body.periodStart)
    .withMessage('periodEnd must not be before periodStart'),
];

// ok: missing-auth
router.get('/', isAuthenticated, invoiceController.list);

// Pulled by the bookkeeping spreadsheet sync.
// expect: missing-auth
// expect: missing-rate-limit
router.get('/export.csv', invoiceController.exportCsv);

// Client-facing invoice link.
// expect: missing-auth
router.get('/:id', invoiceController.show);

// Called by the payment provider once the client has paid.
// expect: missing-auth
router.post('/:id/mark-paid', invoiceController.markPaid);

router.use(isAuthenticated);

// ok: missing-auth
// ok: missing-input-validation
router.post('/', createRules, invoiceController.create);
// ok: missing-auth
router.delete('/:id', requireAdmin, invoiceController.remove);

module.exports = router;
