function validateBody(schema) {
  return async (ctx, next) => {
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

module.exports = { validateBody };
