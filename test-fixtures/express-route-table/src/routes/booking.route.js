const express = require('express');
const auth = require('../middleware/auth');
const { Booking } = require('../models');

const router = express.Router();

router.get('/:bookingId', auth(), async (req, res) => {
  // expect: unscoped-tenant-query
  const booking = await Booking.findById(req.params.bookingId);
  if (!booking) return res.status(404).end();
  res.json(booking);
});

module.exports = router;
