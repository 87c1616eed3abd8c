'use strict';
const mongoose = require('mongoose');

const companySchema = new mongoose.Schema({
  name: { type: String, required: true },
  plan: { type: String, enum: ['free', 'crew', 'fleet'], default: 'free' },
  stripeCustomerId: String,
});

const userSchema = new mongoose.Schema({
  companyId: { type: mongoose.Schema.Types.ObjectId, ref: 'Company', required: true },
  email: { type: String, required: true, unique: true },
  passwordHash: { type: String, required: true },
  role: { type: String, enum: ['owner', 'dispatcher', 'technician'], default: 'technician' },
  resetToken: String,
  resetExpires: Date,
});

const jobSchema = new mongoose.Schema({
  companyId: { type: mongoose.Schema.Types.ObjectId, ref: 'Company', required: true, index: true },
  customerId: { type: mongoose.Schema.Types.ObjectId, ref: 'Customer' },
  crewId: { type: mongoose.Schema.Types.ObjectId, ref: 'Crew' },
  title: String,
  address: String,
  status: { type: String, enum: ['open', 'scheduled', 'done', 'cancelled'], default: 'open' },
  scheduledFor: Date,
  notes: String,
});

const crewSchema = new mongoose.Schema({
  companyId: { type: mongoose.Schema.Types.ObjectId, ref: 'Company', required: true, index: true },
  name: String,
  memberIds: [{ type: mongoose.Schema.Types.ObjectId, ref: 'User' }],
});

const customerSchema = new mongoose.Schema({
  companyId: { type: mongoose.Schema.Types.ObjectId, ref: 'Company', required: true, index: true },
  name: String,
  phone: String,
  email: String,
});

module.exports = {
  Company: mongoose.model('Company', companySchema),
  User: mongoose.model('User', userSchema),
  Job: mongoose.model('Job', jobSchema),
  Crew: mongoose.model('Crew', crewSchema),
  Customer: mongoose.model('Customer', customerSchema),
};
