import express from 'express';
import session from 'express-session';
import cookieParser from 'cookie-parser';
import RedisStore from 'connect-redis';
import { createClient } from 'redis';
import { prefsRouter } from './routes/prefs';

const redis = createClient({ url: process.env.REDIS_URL });
redis.connect().catch(console.error);

const app = express();
app.set('trust proxy', 1);
// ok: hardcoded-secret
app.use(cookieParser(process.env.COOKIE_SECRET));
app.use(
  session({
    store: new RedisStore({ client: redis }),
    // ok: hardcoded-secret
    secret: process.env.SESSION_SECRET as string,
    resave: false,
    saveUninitialized: false,
    cookie: { httpOnly: true, secure: true, sameSite: 'lax', maxAge: 8 * 60 * 60 * 1000 },
  }),
);
app.use('/prefs', prefsRouter);

app.listen(Number(process.env.PORT ?? 3000));
