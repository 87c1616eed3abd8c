import Joi from 'joi';
import { UserRole } from '../entities/User';

export const quoteLineSchema = Joi.object({
  productId: Joi.string().uuid().allow(null),
  description: Joi.string().max(300).required(),
  quantity: Joi.number().integer().min(1).max(10000).required(),
  unitPriceCents: Joi.number().integer().min(0).required(),
});

export const createQuoteSchema = Joi.object({
  customerId: Joi.string().uuid().required(),
  currency: Joi.string().length(3).default('USD'),
  validUntil: Joi.date().iso().allow(null),
  lines: Joi.array().items(quoteLineSchema).min(1).max(200).required(),
});

export const quoteStatusSchema = Joi.object({
  status: Joi.string().valid('draft', 'sent', 'accepted', 'declined', 'expired').required(),
});

export const productSchema = Joi.object({
  name: Joi.string().max(120).required(),
  sku: Joi.string().max(40).allow(null, ''),
  unitPriceCents: Joi.number().integer().min(0).required(),
});

export const memberRoleSchema = Joi.object({
  role: Joi.string().valid(...Object.values(UserRole)).required(),
});

export const inviteSchema = Joi.object({
  email: Joi.string().email().required(),
  role: Joi.string().valid(UserRole.Admin, UserRole.Sales, UserRole.Viewer).required(),
});

export const bulkIdsSchema = Joi.object({
  ids: Joi.array().items(Joi.string().uuid()).min(1).max(100).required(),
});
