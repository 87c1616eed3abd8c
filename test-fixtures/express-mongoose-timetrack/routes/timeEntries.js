'use strict';

const express = require('express');
const multer = require('multer');
const { rateLimit } = require('express-rate-limit');
const { body } = require('express-validator');
const isAuthenticated = require('../middleware/isAuthenticated');
const timeEntryController = require('../controllers/timeEntryController');

const router = express.Router();

const exportLimiter = rateLimit({
  windowMs: 60 * 1000,
  limit: 5,
  standardHeaders: 'draft-7',
  legacyHeaders: false,
  message: { error: 'Too many exports, please wait a minute' },
});

const upload = multer({
  storage: multer.memoryStorage(),
  limits: { fileSize: 2 * 1024 * 1024, files: 1 },
  fileFilter: (req, file, cb) => {
    cb(null, file.mimetype === 'text/csv' || file.originalname.toLowerCase().endsWith('.csv'));
  },
});

const createRules = [
  body('project').isMongoId(),
  body('startedAt').isISO8601().toDate(),
  body('minutes').isInt({ min: 1, max: 1440 }).toInt(),
  body('description').optional().isString().trim().isLength({ max: 500 }),
  body('billable').optional().isBoolean().toBoolean(),
];

router.use(isAuthenticated);

// ok: missing-auth
router.get('/', timeEntryController.list);
// ok: missing-auth
// ok: missing-rate-limit
router.get('/export.csv', exportLimiter, timeEntryController.exportCsv);
// ok: missing-auth
// expect: missing-rate-limit
router.post('/import', upload.single('file'), timeEntryController.importCsv);
// ok: missing-auth
// ok: missing-input-validation
router.post('/', createRules, timeEntryController.create);
router.get('/:id', timeEntryController.show);
// ok: missing-input-validation
router.put('/:id', timeEntryController.update);
router.delete('/:id', timeEntryController.remove);

module.exports = router;
