import { Schema, model, models } from 'mongoose';

const locationSchema = new Schema({
  organization: { type: Schema.Types.ObjectId, ref: 'Organization', required: true },
  name: String,
  address: String,
  accessNotes: String,
});

export const Location = models.Location || model('Location', locationSchema);
