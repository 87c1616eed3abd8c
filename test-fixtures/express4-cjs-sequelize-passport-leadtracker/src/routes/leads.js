const express = require('express');
const multer = require('multer');
const leads = require('../controllers/leadsController');
const { exportLimiter } = require('../middleware/limits');
const { validate, leadRules } = require('../middleware/validate');

const router = express.Router();

// expect: unrestricted-upload
const csvUpload = multer({ storage: multer.memoryStorage() });

const ALLOWED_TYPES = ['application/pdf', 'image/png', 'image/jpeg'];
// ok: unrestricted-upload
const attachmentUpload = multer({
  dest: 'uploads/',
  limits: { fileSize: 10 * 1024 * 1024 },
  fileFilter: (req, file, cb) => cb(null, ALLOWED_TYPES.includes(file.mimetype)),
});

// ok: missing-auth
router.get('/', leads.list);
// ok: missing-rate-limit
router.get('/export.csv', exportLimiter, leads.exportCsv);
// ok: missing-rate-limit
// expect: missing-input-validation
router.post('/import', exportLimiter, csvUpload.single('file'), leads.importCsv);
// ok: missing-input-validation
router.post('/', leadRules, validate, leads.create);
// ok: missing-auth
router.get('/:id', leads.show);
router.get('/:id/activity', leads.activity);
// ok: missing-input-validation
router.patch('/:id', leadRules, validate, leads.update);
// expect: missing-input-validation
router.put('/:id/owner', leads.reassign);
// ok: missing-role-check
router.delete('/:id', leads.remove);
// expect: missing-rate-limit
router.post('/:id/attachments', attachmentUpload.single('file'), leads.attach);
router.get('/:id/attachments', leads.attachments);

module.exports = router;
