const asyncHandler = require('../middleware/async');
const ErrorResponse = require('../utils/errorResponse');
const Ticket = require('../models/Ticket');
const Event = require('../models/Event');

// @route   GET /api/v1/tickets
exports.getMyTickets = asyncHandler(async (req, res) => {
  // ok: unscoped-tenant-query
  const tickets = await Ticket.find({ user: req.user.id }).populate('event', 'title startsAt venue');
  res.status(200).json({ success: true, data: tickets });
});

// @route   GET /api/v1/tickets/:id
exports.getTicket = asyncHandler(async (req, res, next) => {
  // ok: unscoped-tenant-query
  const ticket = await Ticket.findById(req.params.id).populate('event');
  if (!ticket) {
    return next(new ErrorResponse('Ticket not found', 404));
  }
  if (ticket.user.toString() !== req.user.id && req.user.role !== 'admin') {
    return next(new ErrorResponse('Not authorized to view this ticket', 403));
  }
  res.status(200).json({ success: true, data: ticket });
});

// @route   POST /api/v1/tickets
exports.buyTicket = async (req, res) => {
  try {
    const event = await Event.findOne({ _id: req.body.event, published: true });
    if (!event) {
      return res.status(404).json({ success: false, error: 'Event not found' });
    }
    const ticket = await Ticket.create({ event: event._id, user: req.user.id, seat: req.body.seat });
    res.status(201).json({ success: true, data: ticket });
  } catch (err) {
    // expect: error-details-leak
    res.status(500).json({ success: false, error: err.message });
  }
};

// @route   DELETE /api/v1/tickets/:id
exports.cancelTicket = asyncHandler(async (req, res) => {
  // expect: unscoped-tenant-query
  await Ticket.findByIdAndUpdate(req.params.id, { status: 'cancelled' });
  res.status(200).json({ success: true, data: {} });
});
