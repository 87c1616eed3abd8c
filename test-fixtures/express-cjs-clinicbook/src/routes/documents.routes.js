const router = require('express').Router();
const { documentUpload } = require('../middleware/upload');
const { apiLimiter } = require('../middleware/rateLimit');
const documents = require('../controllers/documents.controller');

// ok: unrestricted-upload, missing-rate-limit
router.post('/patients/:patientId/documents', apiLimiter, documentUpload.single('file'), documents.upload);
router.get('/documents/:id', documents.download);

module.exports = router;
