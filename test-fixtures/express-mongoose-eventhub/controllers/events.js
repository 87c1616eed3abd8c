const asyncHandler = require('../middleware/async');
const ErrorResponse = require('../utils/errorResponse');
const Event = require('../models/Event');
const Ticket = require('../models/Ticket');

// @route   GET /api/v1/events
// @access  Private
exports.getEvents = asyncHandler(async (req, res) => {
  // ok: unscoped-tenant-query
  const events = await Event.find({ organization: req.user.organization }).sort('-startsAt');
  res.status(200).json({ success: true, count: events.length, data: events });
});

// @route   GET /api/v1/events/:id
// @access  Private
exports.getEvent = asyncHandler(async (req, res, next) => {
  // expect: unscoped-tenant-query
  const event = await Event.findById(req.params.id);
  if (!event) {
    return next(new ErrorResponse(`Event not found with id of ${req.params.id}`, 404));
  }
  res.status(200).json({ success: true, data: event });
});

// @route   POST /api/v1/events
// @access  Private (organizer, admin)
exports.createEvent = asyncHandler(async (req, res) => {
  req.body.organization = req.user.organization;
  req.body.createdBy = req.user.id;
  const event = await Event.create(req.body);
  res.status(201).json({ success: true, data: event });
});

// @route   PUT /api/v1/events/:id
// @access  Private (organizer, admin)
exports.updateEvent = asyncHandler(async (req, res, next) => {
  // ok: unscoped-tenant-query
  const event = await Event.findOneAndUpdate({ _id: req.params.id, organization: req.user.organization }, req.body, {
    new: true,
    runValidators: true,
  });
  if (!event) {
    return next(new ErrorResponse(`Event not found with id of ${req.params.id}`, 404));
  }
  res.status(200).json({ success: true, data: event });
});

// @route   DELETE /api/v1/events/:id
// @access  Private (organizer, admin)
exports.deleteEvent = asyncHandler(async (req, res, next) => {
  // ok: unscoped-tenant-query
  const event = await Event.findById(req.params.id);
  if (!event) {
    return next(new ErrorResponse(`Event not found with id of ${req.params.id}`, 404));
  }
  if (event.organization.toString() !== req.user.organization.toString()) {
    return next(new ErrorResponse(`Not authorized to delete this event`, 403));
  }
  await event.deleteOne();
  res.status(200).json({ success: true, data: {} });
});

// @route   PUT /api/v1/events/:id/cover
// @access  Private (organizer, admin)
exports.eventCoverUpload = asyncHandler(async (req, res, next) => {
  if (!req.file) {
    return next(new ErrorResponse('Please upload a file', 400));
  }
  // ok: unscoped-tenant-query
  const event = await Event.findOneAndUpdate(
    { _id: req.params.id, organization: req.user.organization },
    { cover: req.file.filename },
    { new: true }
  );
  res.status(200).json({ success: true, data: event });
});

// @route   GET /api/v1/events/:id/attendees
// @access  Private (organizer, admin)
exports.getAttendees = asyncHandler(async (req, res) => {
  // expect: unscoped-tenant-query
  const tickets = await Ticket.find({ event: req.params.id }).populate('user', 'name email');
  res.status(200).json({ success: true, count: tickets.length, data: tickets });
});

// @route   POST /api/v1/events/:id/attendees/import
// @access  Private (organizer, admin)
exports.importAttendees = asyncHandler(async (req, res) => {
  const rows = require('fs').readFileSync(req.file.path, 'utf8').split('\n').slice(1);
  res.status(202).json({ success: true, queued: rows.length });
});
