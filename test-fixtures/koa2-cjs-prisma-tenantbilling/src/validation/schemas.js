'use strict';

const Joi = require('joi');

const lineItem = Joi.object({
  description: Joi.string().max(200).required(),
  quantity: Joi.number().integer().min(1).max(10000).required(),
  unitCents: Joi.number().integer().min(0).required(),
});

const createInvoice = Joi.object({
  customerId: Joi.string().required(),
  number: Joi.string().max(32).required(),
  currency: Joi.string().valid('usd', 'eur', 'gbp').default('usd'),
  dueDate: Joi.date().iso(),
  lineItems: Joi.array().items(lineItem).min(1).required(),
});

const signup = Joi.object({
  orgName: Joi.string().min(2).max(120).required(),
  name: Joi.string().max(120).required(),
  email: Joi.string().email().required(),
  password: Joi.string().min(12).max(200).required(),
});

const changeRole = Joi.object({
  role: Joi.string().valid('member', 'billing', 'admin').required(),
});

module.exports = { createInvoice, signup, changeRole };
