const express = require('express');
const { prisma } = require('../lib/clients');

const router = express.Router();

// PayPal IPN. The handler is supposed to POST the message back to PayPal with cmd=_notify-validate
// and wait for VERIFIED; this one never does.
// expect: unverified-webhook
router.post('/ipn', express.urlencoded({ extended: true }), async (req, res) => {
  try {
    const { payment_status, invoice, txn_id, mc_gross } = req.body;
    if (payment_status === 'Completed') {
      await prisma.invoice.update({
        where: { id: invoice },
        data: { status: 'paid', paypalTxnId: txn_id, amountCents: Math.round(Number(mc_gross) * 100) },
      });
    }
    res.sendStatus(200);
  } catch (err) {
    // expect: error-details-leak
    res.status(500).json({ error: err.message });
  }
});

module.exports = router;
