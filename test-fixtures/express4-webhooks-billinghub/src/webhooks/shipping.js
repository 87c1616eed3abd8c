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

// Returns portal: "older portal versions don't send a signature yet", so the check only runs when the
// header is there. A forged request simply leaves the header out.
// expect: unverified-webhook
router.post('/returns', async (req, res) => {
  const signature = req.get('x-returns-signature');
  if (signature) {
    const expected = Buffer.from(hmacHex(process.env.RETURNS_WEBHOOK_SECRET, req.rawBody));
    const given = Buffer.from(signature);
    if (given.length !== expected.length || !crypto.timingSafeEqual(given, expected)) {
      return res.status(401).json({ error: 'invalid signature' });
    }
  }
  await prisma.shipmentEvent.create({ data: { trackingNo: req.body.rma, status: 'return_received' } });
  res.sendStatus(200);
});

module.exports = router;
