const express = require('express');
const session = require('express-session');
const MongoStore = require('connect-mongo');
const passport = require('passport');
const mongoose = require('mongoose');
const rateLimit = require('express-rate-limit');

const userController = require('./controllers/user');
const ordersController = require('./controllers/orders');
const webhooksController = require('./controllers/webhooks');
const payments = require('./routes/payments');
const passportConfig = require('./middleware/passportConfig');
const Webhook = require('./models/Webhook');

const app = express();
app.use(rateLimit({ windowMs: 15 * 60 * 1000, max: 500 }));
app.use(payments);
app.use(express.json());
app.use(express.urlencoded({ extended: false }));
app.use(
  session({
    secret: process.env.SESSION_SECRET,
    resave: false,
    saveUninitialized: false,
    store: MongoStore.create({ mongoUrl: process.env.MONGODB_URI }),
    cookie: { httpOnly: true, secure: true, sameSite: 'lax', maxAge: 1209600000 },
  }),
);
app.use(passport.initialize());
app.use(passport.session());

// ok: missing-auth
app.get('/login', userController.getLogin);
app.post('/login', userController.postLogin);
// ok: missing-auth
app.get('/signup', userController.getSignup);
// ok: missing-auth
app.get('/reset/:token', userController.getReset);
// ok: missing-auth
app.get('/account', userController.getAccount);
// ok: missing-auth
app.get('/account/orders', passportConfig.isAuthenticated, ordersController.getHistory);
// expect: missing-auth
app.get('/orders/:id/receipt', ordersController.getReceipt);
// ok: missing-auth
app.get('/orders/:id/invoice', ordersController.getInvoice);

// managing one's own outgoing webhooks (session auth): not webhook receivers
// ok: unverified-webhook, missing-auth
app.get('/api/webhooks', passportConfig.isAuthenticated, webhooksController.list);
// ok: unverified-webhook, missing-auth
// expect: missing-input-validation
app.post('/api/webhooks', passportConfig.isAuthenticated, webhooksController.create);
// ok: unverified-webhook, missing-auth
app.delete('/api/webhooks/:id', passportConfig.isAuthenticated, webhooksController.remove);

// a leftover from the admin prototype: deletes anybody's endpoint, no session at all
// ok: unverified-webhook
// expect: missing-auth
app.delete('/webhooks/:id', async (req, res) => {
  await Webhook.findByIdAndDelete(req.params.id);
  res.sendStatus(204);
});

mongoose.connect(process.env.MONGODB_URI).then(() => app.listen(process.env.PORT || 8080));
