import type { Context, Next } from 'koa';
import type Joi from 'joi';

export function validateBody(schema: Joi.ObjectSchema) {
  return async (ctx: Context, next: Next) => {
    const { error, value } = schema.validate(ctx.request.body, { abortEarly: false, stripUnknown: true });
    if (error) {
      ctx.status = 422;
      ctx.body = { errors: error.details.map((d) => d.message) };
      return;
    }
    ctx.request.body = value;
    await next();
  };
}
