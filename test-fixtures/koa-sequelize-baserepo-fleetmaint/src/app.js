'use strict';
const Koa = require('koa');
const cors = require('@koa/cors');
const bodyParser = require('koa-bodyparser');
const vehicles = require('./routes/vehicles');
const workOrders = require('./routes/workorders');

const app = new Koa();

app.use(async (ctx, next) => {
  try {
    await next();
  } catch (err) {
    ctx.status = err.status || 500;
    // expect: error-details-leak
    ctx.body = { error: err.message, stack: err.stack };
  }
});
// expect: cors-wildcard
app.use(cors({ origin: (ctx) => ctx.get('Origin'), credentials: true }));
app.use(bodyParser());
app.use(vehicles.routes());
app.use(workOrders.routes());

module.exports = app;
