// Embeddable widget server: a cookie-session per visitor.
import express from 'express';
import cookieSession from 'cookie-session';
import session from 'express-session';

const widget = express();

widget.use(
  cookieSession({
    name: 'widget',
    // expect: hardcoded-secret
    keys: ['widget-key-2023', 'widget-key-2022'],
    httpOnly: true,
    secure: true,
    sameSite: 'lax',
  }),
);

// a staging instance shares this file: when SESSION_SECRET is missing the literal signs sessions
widget.use(
  '/preview',
  session({
    // expect: hardcoded-secret
    secret: process.env.SESSION_SECRET || 'preview session secret',
    resave: false,
    saveUninitialized: false,
    cookie: { httpOnly: true, secure: true, sameSite: 'lax' },
  }),
);

widget.get('/ping', (_req, res) => res.send('pong'));

widget.listen(4200);
