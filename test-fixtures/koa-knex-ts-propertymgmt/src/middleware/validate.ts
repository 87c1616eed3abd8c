import type { Context, Next } from 'koa';
import type { ObjectSchema } from 'joi';

export function validateBody(schema: ObjectSchema) {
  return async (ctx: Context, next: Next) => {
    const { value, error } = schema.validate(ctx.request.body, { abortEarly: false, stripUnknown: true });
    if (error) {
      ctx.status = 422;
      ctx.body = { error: 'Validation failed', details: error.details.map((d) => d.message) };
      return;
    }
    ctx.request.body = value;
    await next();
  };
}
