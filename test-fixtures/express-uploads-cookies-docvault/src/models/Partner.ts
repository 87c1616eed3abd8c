import mongoose, { Schema } from 'mongoose';

// partner integrations are global (not tenant-owned): a partner serves many orgs
const partnerSchema = new Schema({
  slug: { type: String, unique: true },
  displayName: String,
  contactEmail: String,
});

export const Partner = mongoose.model('Partner', partnerSchema);
