const express = require('express');
const { prisma } = require('../lib/clients');

const router = express.Router();

// The warehouse system cannot sign requests; it calls
// https://billinghub.example.com/webhooks/inventory?token=... with a shared secret we gave it.
// A shared token compared with the server's copy proves the sender (catalog: "shared secret check");
// it is not an HMAC signature, so the === clause of the rule does not apply.
// ok: unverified-webhook, missing-auth
router.post('/', async (req, res) => {
  if (!req.query.token || req.query.token !== process.env.INVENTORY_WEBHOOK_TOKEN) {
    return res.status(401).json({ error: 'bad token' });
  }
  const { sku, onHand } = req.body;
  await prisma.shipmentEvent.create({ data: { trackingNo: `stock:${sku}`, status: String(onHand) } });
  res.status(202).json({ queued: true });
});

module.exports = router;
