function requireRole(...roles) {
  return async (ctx, next) => {
    if (!ctx.state.user || !roles.includes(ctx.state.user.role)) ctx.throw(403, 'forbidden');
    await next();
  };
}

module.exports = { requireRole };
