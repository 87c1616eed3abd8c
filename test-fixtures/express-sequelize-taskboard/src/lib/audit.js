const pino = require('pino');

// pino replaces the value at a redacted path, whatever it holds
const audit = pino({ redact: ['password', 'session.refreshToken'] });

exports.loginAttempt = (req) => {
  // ok: token-logging
  audit.info({ email: req.body.email, password: req.body.password }, 'login attempt');
};

exports.sessionRefreshed = (req, session) => {
  // ok: token-logging
  audit.info({ session: { refreshToken: session.refreshToken, userId: session.userId } }, 'session refreshed');
  // expect: token-logging
  audit.info({ accessToken: req.body.accessToken }, 'access token presented');
};
