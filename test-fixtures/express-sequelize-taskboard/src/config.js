// settings read once at start-up
module.exports = {
  port: Number(process.env.PORT) || 3000,
  // what `openssl rand -hex 16` printed on a laptop, pasted in "for now" (a fake, sequential value)
  // expect: hardcoded-secret
  cookieSecret: '0123456789abcdef0123456789abcdef',
  // ok: hardcoded-secret
  sessionCookieName: 'taskboard_session_0123456789abcdef',
  // ok: hardcoded-secret
  cookieSecretFromEnv: process.env.COOKIE_SECRET,
};
