import mongoose, { Schema, Types } from 'mongoose';

const workspaceSchema = new Schema(
  {
    name: { type: String, required: true },
    slug: { type: String, required: true, unique: true },
    plan: { type: String, enum: ['starter', 'growth', 'enterprise'], default: 'starter' },
  },
  { timestamps: true },
);

const userSchema = new Schema(
  {
    workspaceId: { type: Types.ObjectId, ref: 'Workspace', required: true, index: true },
    email: { type: String, required: true, unique: true, lowercase: true },
    name: String,
    passwordHash: { type: String, required: true },
    role: { type: String, enum: ['admin', 'broker', 'viewer'], default: 'broker' },
    inviteToken: String,
    mfaSecret: String,
  },
  { timestamps: true },
);

const quoteSchema = new Schema(
  {
    workspaceId: { type: Types.ObjectId, ref: 'Workspace', required: true, index: true },
    reference: { type: String, required: true },
    origin: { city: String, country: String, postcode: String },
    destination: { city: String, country: String, postcode: String },
    mode: { type: String, enum: ['ftl', 'ltl', 'ocean', 'air'] },
    weightKg: Number,
    priceCents: Number,
    marginPct: Number,
    status: { type: String, enum: ['draft', 'sent', 'accepted', 'expired'], default: 'draft' },
    createdBy: { type: Types.ObjectId, ref: 'User' },
  },
  { timestamps: true },
);

const shipmentSchema = new Schema(
  {
    workspaceId: { type: Types.ObjectId, ref: 'Workspace', required: true, index: true },
    quoteId: { type: Types.ObjectId, ref: 'Quote' },
    trackingNumber: { type: String, required: true, unique: true },
    carrierId: { type: Types.ObjectId, ref: 'Carrier' },
    status: { type: String, default: 'booked' },
    eta: Date,
    consignee: { name: String, phone: String, address: String },
    events: [{ at: Date, code: String, location: String }],
  },
  { timestamps: true },
);

const carrierSchema = new Schema({
  workspaceId: { type: Types.ObjectId, ref: 'Workspace', required: true, index: true },
  name: { type: String, required: true },
  scac: String,
  contactEmail: String,
  insuranceExpiresAt: Date,
});

const documentSchema = new Schema(
  {
    workspaceId: { type: Types.ObjectId, ref: 'Workspace', required: true, index: true },
    shipmentId: { type: Types.ObjectId, ref: 'Shipment' },
    filename: String,
    mimeType: String,
    size: Number,
    storageKey: String,
  },
  { timestamps: true },
);

export const Workspace = mongoose.model('Workspace', workspaceSchema);
export const User = mongoose.model('User', userSchema);
export const Quote = mongoose.model('Quote', quoteSchema);
export const Shipment = mongoose.model('Shipment', shipmentSchema);
export const Carrier = mongoose.model('Carrier', carrierSchema);
export const Document = mongoose.model('Document', documentSchema);
