const Koa = require('koa');
const bodyParser = require('koa-bodyparser');
const members = require('./routes/members');
const events = require('./routes/events');

const app = new Koa();
app.use(bodyParser());
app.use(members.routes()).use(members.allowedMethods());
app.use(events.routes()).use(events.allowedMethods());
app.listen(process.env.PORT || 3000);
