const express = require('express');
const auth = require('../middleware/auth');
const jwt = require('jsonwebtoken');
const { Booking } = require('../models');

const router = express.Router();

// makes a share link; it authenticates nobody
function generateAuthLink(bookingId) {
  return jwt.sign({ booking: bookingId }, process.env.SHARE_SECRET, { algorithm: 'HS256', expiresIn: '7d' });
}

router.get('/:bookingId', auth(), async (req, res) => {
  // expect: unscoped-tenant-query
  const booking = await Booking.findById(req.params.bookingId);
  if (!booking) return res.status(404).end();
  res.json(booking);
});

// expect: missing-auth
router.post('/:bookingId/share', async (req, res) => {
  const link = generateAuthLink(req.params.bookingId);
  await Booking.updateOne({ _id: req.params.bookingId }, { $set: { shareLink: link } });
  res.json({ link });
});

module.exports = router;
