const express = require('express');
const session = require('express-session');
const multer = require('multer');
const Stripe = require('stripe');
const db = require('./db');
const { issue, requireUser, requirePartner } = require('./auth');

// expect: hardcoded-secret
const stripe = new Stripe('sk_live_51HbakeryFAKE0000000000000000000000000000000');
// ok: hardcoded-secret
const mailer = { apiKey: process.env.MAIL_API_KEY, from: 'orders@bakery.example' };
// ok: hardcoded-secret
const analytics = { writeKey: 'your-write-key-here' };

const app = express();
app.use(express.json());
app.use(
  // expect: insecure-cookie
  session({
    secret: process.env.SESSION_SECRET,
    resave: false,
    saveUninitialized: false,
    cookie: { secure: false, httpOnly: true },
  }),
);

// expect: unrestricted-upload
const photoUpload = multer({ dest: 'uploads/' });
// ok: unrestricted-upload
const menuUpload = multer({
  dest: 'uploads/menus',
  limits: { fileSize: 2 * 1024 * 1024 },
  fileFilter: (req, file, cb) => cb(null, file.mimetype === 'application/pdf'),
});

// expect: missing-rate-limit
app.post('/api/login', async (req, res) => {
  const { rows } = await db.query('SELECT id, shop_id FROM staff WHERE email = $1 AND active', [req.body.email]);
  if (!rows[0]) return res.status(401).json({ error: 'invalid login' });
  const token = issue(rows[0]);
  // expect: insecure-cookie
  res.cookie('session', token);
  // ok: insecure-cookie
  res.cookie('refresh_token', token, { httpOnly: true, secure: process.env.NODE_ENV === 'production', sameSite: 'strict' });
  res.json({ ok: true });
});

app.get('/api/orders/:id', requireUser, async (req, res) => {
  // express-session's id is what the session cookie carries: whoever reads the log can take the session over
  // expect: token-logging
  console.info('order viewed', { orderId: req.params.id, sessionId: req.sessionID });
  try {
    const { rows } = await db.query('SELECT * FROM orders WHERE id = $1 AND shop_id = $2', [req.params.id, req.user.shopId]);
    res.json(rows[0] ?? null);
  } catch (err) {
    // expect: error-details-leak
    res.status(500).json({ error: err.message, stack: err.stack });
  }
});

app.get('/api/orders/:id/coupons', requireUser, async (req, res) => {
  const { rows } = await db.query('SELECT token, percent_off FROM coupons WHERE order_id = $1 AND shop_id = $2', [req.params.id, req.user.shopId]);
  for (const coupon of rows) {
    // a coupon's token is the code printed on the flyer, not a credential
    // ok: token-logging
    console.info(`coupon ${coupon.token} applied to order ${req.params.id}`);
  }
  res.json(rows);
});

app.get('/api/partners/orders', requirePartner, async (req, res) => {
  try {
    const { rows } = await db.query('SELECT id, total FROM orders WHERE partner_id = $1', [req.partner.sub]);
    res.json(rows);
  } catch (err) {
    console.error(err);
    // ok: error-details-leak
    res.status(500).json({ error: 'Something went wrong' });
  }
});

// expect: missing-rate-limit
app.post('/api/orders/:id/photos', requireUser, photoUpload.single('photo'), (req, res) => {
  res.json({ file: req.file.filename });
});

// expect: missing-rate-limit
app.post('/api/menus', requireUser, menuUpload.single('menu'), (req, res) => res.json({ ok: true }));

// Express error handler: detailed errors only outside production
app.use((err, req, res, next) => {
  console.error(err);
  if (process.env.NODE_ENV !== 'production') {
    // ok: error-details-leak
    return res.status(500).json({ error: err.message, stack: err.stack });
  }
  // ok: error-details-leak
  res.status(500).json({ error: 'Internal error' });
});

app.listen(3000);
