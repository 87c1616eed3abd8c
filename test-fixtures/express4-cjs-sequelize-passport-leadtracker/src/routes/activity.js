const express = require('express');
const crypto = require('crypto');
const activity = require('../controllers/activityController');

const router = express.Router();

router.get('/activities/:activityId', activity.show);
router.get('/leads/:id/via-org', activity.leadViaOrg);
router.get('/search', activity.scopedSearch);
router.get('/leads/:id/timeline', activity.timeline);
// expect: missing-input-validation
router.post('/leads/:id/activities', activity.log);
// ok: missing-role-check
router.delete('/admin/activities', activity.purgeOrg);

// ok: missing-auth
router.get('/csrf-cookie', (req, res) => {
  const token = crypto.randomBytes(16).toString('hex');
  // ok: insecure-cookie
  res.cookie('csrf_token', token, { secure: true, sameSite: 'strict' });
  res.json({ ok: true });
});

module.exports = router;
