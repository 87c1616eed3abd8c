const mongoose = require('mongoose');

const { Schema } = mongoose;

const documentSchema = new Schema(
  {
    clinic: { type: Schema.Types.ObjectId, ref: 'Clinic', required: true, index: true },
    patient: { type: Schema.Types.ObjectId, ref: 'Patient' },
    filename: String,
    mimetype: String,
    size: Number,
    path: String,
    uploadedBy: { type: Schema.Types.ObjectId, ref: 'User' },
    source: { type: String, enum: ['staff', 'lab'], default: 'staff' },
  },
  { timestamps: true },
);

module.exports = mongoose.model('Document', documentSchema);
