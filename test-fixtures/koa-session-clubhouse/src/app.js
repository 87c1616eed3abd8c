const Koa = require('koa');
const bodyParser = require('koa-bodyparser');
const session = require('koa-session');
const passport = require('koa-passport');
const ratelimit = require('koa-ratelimit');
const pages = require('./routes/pages');
const hooks = require('./routes/hooks');
const payments = require('./routes/payments');

const app = new Koa();
app.keys = [process.env.SESSION_KEY];

app.use(ratelimit({ driver: 'memory', db: new Map(), duration: 60000, max: 300 }));
app.use(bodyParser());
app.use(payments.routes());
app.use(session({ httpOnly: true, secure: true, sameSite: 'lax' }, app));
app.use(passport.initialize());
app.use(passport.session());
app.use(pages.routes());
app.use(hooks.routes());

app.listen(process.env.PORT || 3000);
