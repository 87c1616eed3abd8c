import express from 'express';
import session from 'express-session';
import { oidc, impersonation } from './auth/oidc';

const app = express();
app.set('trust proxy', 1);
app.use(session({ secret: process.env.SESSION_SECRET!, resave: false, saveUninitialized: false, cookie: { secure: true, httpOnly: true, sameSite: 'lax' } }));
app.use(impersonation);
app.use(oidc);

app.listen(Number(process.env.PORT ?? 3000));
