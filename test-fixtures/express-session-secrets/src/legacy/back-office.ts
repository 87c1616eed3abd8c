// The old back-office server, still deployed on the intranet.
import express from 'express';
import session from 'express-session';
import cookieParser from 'cookie-parser';

const backOffice = express();

// expect: hardcoded-secret
backOffice.use(cookieParser('b4ck-0ff1ce-cookies'));

const sessionConfig = {
  name: 'bo.sid',
  // expect: hardcoded-secret
  secret: 'keyboard cat',
  resave: false,
  saveUninitialized: false,
  cookie: { httpOnly: true, secure: true, sameSite: 'strict' as const },
};
backOffice.use(session(sessionConfig));

backOffice.get('/status', (_req, res) => res.json({ ok: true }));

backOffice.listen(4100);
