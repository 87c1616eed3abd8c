const crypto = require('crypto');
const express = require('express');
const { prisma } = require('../lib/clients');

const router = express.Router();

// Slack request signing, version v0: HMAC-SHA256 over "v0:<timestamp>:<raw body>".
function verifySlackSignature(req, res, next) {
  const timestamp = Number(req.get('x-slack-request-timestamp'));
  const received = req.get('x-slack-signature') || '';
  if (!timestamp || Math.abs(Date.now() / 1000 - timestamp) > 60 * 5) {
    return res.status(400).send('stale request');
  }
  const base = `v0:${timestamp}:${req.rawBody}`;
  const expected = 'v0=' + crypto.createHmac('sha256', process.env.SLACK_SIGNING_SECRET).update(base).digest('hex');
  const ok =
    expected.length === received.length && crypto.timingSafeEqual(Buffer.from(expected), Buffer.from(received));
  if (!ok) return res.status(401).send('invalid signature');
  return next();
}

// ok: unverified-webhook, missing-auth
router.post('/events', verifySlackSignature, async (req, res) => {
  const { type, challenge, event, team_id } = req.body;
  if (type === 'url_verification') return res.json({ challenge });

  if (event && event.type === 'app_uninstalled') {
    await prisma.account.updateMany({ where: { stripeId: team_id }, data: { name: 'slack-uninstalled' } });
  }
  res.sendStatus(200);
});

module.exports = router;
