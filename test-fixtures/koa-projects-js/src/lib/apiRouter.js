const Router = require('@koa/router');

/** Our routers answer JSON errors the same way everywhere. */
class ApiRouter extends Router {
  json(ctx, status, body) {
    ctx.status = status;
    ctx.body = body;
  }
}

module.exports = { ApiRouter };
