const express = require('express');
const webhooks = require('../controllers/webhooks.controller');
const verifyLabSignature = require('../middleware/labSignature');
const { labUpload } = require('../middleware/upload');

const router = express.Router();

// ok: unverified-webhook, missing-auth
router.post('/stripe', express.raw({ type: 'application/json' }), webhooks.stripe);

// multer writes the file before the signature is checked, and nothing limits how often
// ok: unverified-webhook, missing-auth, missing-input-validation
// expect: missing-rate-limit
router.post('/lab-results', labUpload.single('report'), verifyLabSignature, webhooks.labResult);

// ok: missing-auth
// expect: unverified-webhook
router.post('/sms/status', express.json(), webhooks.smsStatus);

module.exports = router;
