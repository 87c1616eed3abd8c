const crypto = require('crypto');
const express = require('express');
const { prisma } = require('../lib/clients');

const router = express.Router();

function hmacHex(secret, payload) {
  return crypto.createHmac('sha256', secret).update(payload).digest('hex');
}

// The carrier signs the JSON body with HMAC-SHA256 (hex) in x-carrier-signature.
// expect: unverified-webhook
router.post('/', async (req, res) => {
  const expected = hmacHex(process.env.CARRIER_WEBHOOK_SECRET, req.rawBody);
  if (req.get('x-carrier-signature') !== expected) {
    return res.status(401).json({ error: 'invalid signature' });
  }
  const { tracking_number, status } = req.body;
  await prisma.shipmentEvent.create({ data: { trackingNo: tracking_number, status } });
  res.sendStatus(200);
});

module.exports = router;
