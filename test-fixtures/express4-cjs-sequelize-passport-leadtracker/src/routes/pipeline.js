const express = require('express');
const { ensureLoggedIn } = require('connect-ensure-login');
const pipeline = require('../controllers/pipelineController');
const { requireRole } = require('../middleware/auth');

const router = express.Router();
router.param('leadId', pipeline.loadLead);

// ok: missing-auth
router.get('/leads/:leadId/deals', ensureLoggedIn('/login'), pipeline.leadDeals);
router.get('/deals', ensureLoggedIn('/login'), pipeline.filtered);
router.get('/deals/:id/raw', ensureLoggedIn('/login'), pipeline.rawDeal);
// expect: missing-input-validation
router.patch('/leads/bulk', ensureLoggedIn('/login'), pipeline.bulkUpdate);
// expect: missing-rate-limit
router.post('/invites/link', ensureLoggedIn('/login'), requireRole('owner', 'admin'), pipeline.inviteLink);
// unsubscribe links decode the token without verifying it: anyone can forge one
// expect: missing-auth
router.get('/unsubscribe', pipeline.unsubscribe);

const manage = express.Router();
manage.use(ensureLoggedIn('/login'), requireRole('owner'));
// ok: missing-role-check
manage.get('/seats', (req, res) => res.json({ seats: 10 }));
router.use('/manage', manage);

module.exports = router;
