const asyncHandler = require('../middleware/async');
const Ticket = require('../models/Ticket');
const Event = require('../models/Event');

// @route   GET /api/v1/reports/sales?event=...
exports.getSales = asyncHandler(async (req, res) => {
  const sales = await Ticket.aggregate([
    { $match: { event: req.query.event, status: 'paid' } },
    { $group: { _id: '$event', sold: { $sum: 1 } } },
  ]);
  res.status(200).json({ success: true, data: sales });
});

// @route   GET /api/v1/reports/export
exports.exportCsv = asyncHandler(async (req, res) => {
  const events = await Event.find({ organization: req.user.organization }).lean();
  const csv = ['title,startsAt,capacity', ...events.map((e) => `${e.title},${e.startsAt.toISOString()},${e.capacity}`)].join('\n');
  res.header('Content-Type', 'text/csv').attachment('events.csv').send(csv);
});
