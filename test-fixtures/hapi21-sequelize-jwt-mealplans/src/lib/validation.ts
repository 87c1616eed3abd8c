import Joi from 'joi';

export const id = Joi.number().integer().positive().required();

export const clientPayload = Joi.object({
  fullName: Joi.string().max(120).required(),
  email: Joi.string().email().allow(null, ''),
  allergies: Joi.array().items(Joi.string().max(40)).max(30).default([]),
  notes: Joi.string().max(4000).allow(''),
});

export const mealPlanPayload = Joi.object({
  clientId: Joi.number().integer().positive().required(),
  title: Joi.string().max(160).required(),
  days: Joi.array().items(Joi.object()).max(31).default([]),
});

export const credentials = Joi.object({
  email: Joi.string().email().required(),
  password: Joi.string().min(10).max(200).required(),
});
