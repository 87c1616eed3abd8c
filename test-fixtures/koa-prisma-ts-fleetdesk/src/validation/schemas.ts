import Joi from 'joi';
import type { Middleware } from 'koa';

export const loginSchema = Joi.object({
  email: Joi.string().email().required(),
  password: Joi.string().min(8).max(128).required(),
});

export const registerSchema = Joi.object({
  companyName: Joi.string().max(120).required(),
  name: Joi.string().max(80).required(),
  email: Joi.string().email().required(),
  password: Joi.string().min(10).max(128).required(),
});

export const forgotSchema = Joi.object({ email: Joi.string().email().required() });

export const resetSchema = Joi.object({
  token: Joi.string().hex().length(64).required(),
  password: Joi.string().min(10).max(128).required(),
});

export const vehicleSchema = Joi.object({
  vin: Joi.string().length(17).required(),
  plate: Joi.string().max(12).required(),
  make: Joi.string().max(40).required(),
  model: Joi.string().max(40).required(),
  mileage: Joi.number().integer().min(0),
});

export const workOrderSchema = Joi.object({
  title: Joi.string().max(140).required(),
  description: Joi.string().max(4000).allow(''),
  vehicleId: Joi.string().required(),
  costCents: Joi.number().integer().min(0),
});

export const statusSchema = Joi.object({
  status: Joi.string().valid('open', 'in_progress', 'done', 'cancelled').required(),
});

export const roleSchema = Joi.object({
  role: Joi.string().valid('ADMIN', 'MANAGER', 'MECHANIC', 'DRIVER').required(),
});

export const createUserSchema = Joi.object({
  name: Joi.string().max(80).required(),
  email: Joi.string().email().required(),
  password: Joi.string().min(10).max(128).required(),
  role: Joi.string().valid('MANAGER', 'MECHANIC', 'DRIVER').required(),
});

export function validate(schema: Joi.ObjectSchema): Middleware {
  return async (ctx, next) => {
    const { value, error } = schema.validate(ctx.request.body, { stripUnknown: true });
    if (error) ctx.throw(422, error.message);
    ctx.state.body = value;
    await next();
  };
}
