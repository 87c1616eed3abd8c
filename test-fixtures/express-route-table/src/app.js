const express = require('express');
const cors = require('cors');
const rateLimit = require('express-rate-limit');
const routes = require('./routes');
const adminRoutes = require('./routes/admin');

const app = express();

// ok: cors-wildcard
app.use(cors({ origin: process.env.WEB_ORIGIN, credentials: true }));
app.use(express.json());

// limit repeated failed requests to auth endpoints
const authLimiter = rateLimit({ windowMs: 15 * 60 * 1000, max: 20, skipSuccessfulRequests: true });
app.use('/v1/auth', authLimiter);

app.use('/v1', routes);
app.use('/v1/admin', adminRoutes);

module.exports = app;
