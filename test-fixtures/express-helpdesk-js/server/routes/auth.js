const express = require('express');
const passport = require('passport');
const { logger, redact } = require('../lib/logger');

const router = express.Router();

// ok: missing-auth
// expect: missing-rate-limit
router.post('/login', (req, res, next) => {
  // expect: token-logging
  logger.info('login attempt', req.body);
  // ok: token-logging
  logger.info('login attempt for', { email: req.body.email, password: redact(req.body.password) });
  passport.authenticate('local', (err, user) => {
    if (err || !user) return res.status(401).json({ error: 'invalid credentials' });
    req.logIn(user, () => res.json({ id: user.id }));
  })(req, res, next);
});

// ok: missing-auth
router.post('/logout', (req, res) => {
  // expect: token-logging
  console.log('logging out session', req.headers.cookie);
  req.logout(() => res.sendStatus(204));
});

module.exports = router;
