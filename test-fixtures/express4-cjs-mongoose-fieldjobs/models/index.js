const mongoose = require('mongoose');
const { Schema } = mongoose;

const UserSchema = new Schema({
  name: String,
  email: { type: String, unique: true, lowercase: true },
  password: String,
  role: { type: String, enum: ['admin', 'dispatcher', 'technician'], default: 'technician' },
  company: { type: Schema.Types.ObjectId, ref: 'Company', required: true },
  resetToken: String,
  resetExpires: Date,
});

const CompanySchema = new Schema({
  name: String,
  plan: { type: String, default: 'starter' },
  stripeCustomerId: String,
});

const CustomerSchema = new Schema({
  company: { type: Schema.Types.ObjectId, ref: 'Company', required: true },
  name: String,
  phone: String,
  address: String,
  notes: String,
});

const JobSchema = new Schema({
  company: { type: Schema.Types.ObjectId, ref: 'Company', required: true },
  customer: { type: Schema.Types.ObjectId, ref: 'Customer' },
  assignedTo: { type: Schema.Types.ObjectId, ref: 'User' },
  title: String,
  status: { type: String, default: 'open' },
  scheduledFor: Date,
  notes: [{ body: String, author: { type: Schema.Types.ObjectId, ref: 'User' }, at: Date }],
  photos: [String],
});

const InvoiceSchema = new Schema({
  company: { type: Schema.Types.ObjectId, ref: 'Company', required: true },
  job: { type: Schema.Types.ObjectId, ref: 'Job' },
  amountCents: Number,
  status: { type: String, default: 'draft' },
  externalRef: String,
});

module.exports = {
  User: mongoose.model('User', UserSchema),
  Company: mongoose.model('Company', CompanySchema),
  Customer: mongoose.model('Customer', CustomerSchema),
  Job: mongoose.model('Job', JobSchema),
  Invoice: mongoose.model('Invoice', InvoiceSchema),
};
