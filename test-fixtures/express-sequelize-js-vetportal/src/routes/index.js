const express = require('express');
const { requireAuth } = require('../middleware/auth');

const router = express.Router();

// public entry points
router.use('/auth', require('./auth'));
router.use('/webhooks', require('./webhooks'));
router.use('/public', require('./public'));

// everything staff use day to day needs a session
const securedRouters = [
  ['/pets', require('./pets')],
  ['/appointments', require('./appointments')],
  ['/invoices', require('./invoices')],
  ['/records', require('./records')],
  ['/clinic', require('./clinic')],
  ['/admin', require('./admin')],
];

securedRouters.forEach(([path, subRouter]) => {
  router.use(path, requireAuth, subRouter);
});

// dashboard charts; the router checks roles itself
router.use('/reports', require('./reports'));

module.exports = router;
