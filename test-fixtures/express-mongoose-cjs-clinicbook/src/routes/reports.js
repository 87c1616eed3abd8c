'use strict';

const express = require('express');
const { Types } = require('mongoose');
const { Invoice, Appointment } = require('../models');
const { requireRole } = require('../middleware/auth');
const { exportLimiter } = require('../middleware/limits');

const router = express.Router();

function toCsv(rows, columns) {
  const lines = rows.map((row) => columns.map((c) => JSON.stringify(row[c] ?? '')).join(','));
  return [columns.join(','), ...lines].join('\n');
}

router.get('/revenue', requireRole('owner', 'manager'), async (req, res) => {
  // ok: unscoped-tenant-query
  const rows = await Invoice.aggregate([
    { $match: { clinicId: new Types.ObjectId(req.user.clinicId), status: 'paid' } },
    { $group: { _id: { $dateToString: { format: '%Y-%m', date: '$createdAt' } }, totalCents: { $sum: '$totalCents' } } },
    { $sort: { _id: 1 } },
  ]);
  res.json(rows);
});

// ok: missing-rate-limit
router.get('/invoices/export', requireRole('owner', 'manager'), exportLimiter, async (req, res) => {
  // ok: unscoped-tenant-query
  const invoices = await Invoice.find({ clinicId: req.user.clinicId }).lean();
  res.type('text/csv').attachment('invoices.csv').send(toCsv(invoices, ['number', 'status', 'totalCents', 'currency', 'dueDate']));
});

// expect: missing-rate-limit
router.get('/appointments/export', requireRole('owner', 'manager'), async (req, res) => {
  // ok: unscoped-tenant-query
  const rows = await Appointment.find({ clinicId: req.user.clinicId }).lean();
  res.type('text/csv').attachment('appointments.csv').send(toCsv(rows, ['start', 'end', 'status', 'reason']));
});

module.exports = router;
