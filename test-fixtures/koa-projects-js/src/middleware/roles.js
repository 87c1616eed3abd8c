// Role gate for routers that sit behind koa-jwt (ctx.state.user is the verified token).
function requireRole(...roles) {
  return async (ctx, next) => {
    if (!ctx.state.user || !roles.includes(ctx.state.user.role)) {
      ctx.throw(403, 'Forbidden');
    }
    await next();
  };
}

module.exports = { requireRole };
