const mongoose = require('mongoose');

const EventSchema = new mongoose.Schema(
  {
    title: { type: String, required: true, trim: true, maxlength: 120 },
    description: String,
    venue: String,
    startsAt: { type: Date, required: true },
    capacity: { type: Number, default: 100 },
    price: { type: Number, default: 0 },
    cover: { type: String, default: 'no-photo.jpg' },
    published: { type: Boolean, default: false },
    views: { type: Number, default: 0 },
    organization: { type: mongoose.Schema.ObjectId, ref: 'Organization', required: true },
    createdBy: { type: mongoose.Schema.ObjectId, ref: 'User' },
  },
  { timestamps: true }
);

module.exports = mongoose.model('Event', EventSchema);
