'use strict';
const { Router } = require('restify-router');
const { Job, Customer } = require('../models');
const { requireRole } = require('../middleware/auth');

const router = new Router();

// ok: missing-role-check
router.get('/jobs-by-status', requireRole('owner', 'dispatcher'), async (req, res, next) => {
  const rows = await Job.aggregate([{ $match: { companyId: req.user.companyId } }, { $group: { _id: '$status', n: { $sum: 1 } } }]);
  res.send(rows);
  return next();
});

// expect: missing-role-check, missing-rate-limit
router.get('/admin/customers-export', async (req, res, next) => {
  res.send(await Customer.find({ companyId: req.user.companyId }));
  return next();
});

module.exports = router;
