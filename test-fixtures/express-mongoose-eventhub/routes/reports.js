const express = require('express');
const { getSales, exportCsv } = require('../controllers/reports');
const { protect, authorize } = require('../middleware/auth');

const router = express.Router();

// expect: missing-auth
router.get('/sales', getSales);
// expect: missing-rate-limit
router.get('/export', protect, authorize('admin'), exportCsv);

module.exports = router;
