import 'dotenv/config';
import express from 'express';
import helmet from 'helmet';
import cors from 'cors';
import morgan from 'morgan';
import session from 'express-session';
import MongoStore from 'connect-mongo';
import { connectDb } from './config/db.js';
import authRoutes from './routes/auth.js';
import recipeRoutes from './routes/recipes.js';
import supplierRoutes from './routes/suppliers.js';
import adminRoutes from './routes/admin.js';
import reportRoutes from './routes/reports.js';
import menuRoutes from './routes/menu.js';
import shiftRoutes from './routes/shifts.js';
import partnerRoutes from './routes/partners.js';
import { notFound, errorHandler } from './utils/errorHandler.js';

const app = express();
const allowedOrigins = (process.env.CLIENT_ORIGINS || 'http://localhost:5173').split(',');

app.set('trust proxy', 1);
app.use(helmet());
app.use(
  cors({
    origin(origin, callback) {
      // expect: cors-wildcard
      if (!origin || allowedOrigins.includes(origin) || origin.includes('kitchenhub')) {
        return callback(null, true);
      }
      return callback(new Error('Not allowed by CORS'));
    },
    credentials: true,
  }),
);
app.use(express.json({ limit: '1mb' }));
app.use((req, res, next) => {
  if (process.env.DEBUG_HTTP) {
    // expect: token-logging
    console.debug('incoming', req.method, req.originalUrl, req.headers);
  }
  next();
});
app.use(morgan(process.env.NODE_ENV === 'production' ? 'combined' : 'dev'));
// expect: insecure-cookie
app.use(session({
  name: 'kh.sid',
  // expect: hardcoded-secret
  secret: process.env.SESSION_SECRET || 'kitchenhub-dev-session-secret',
  resave: false,
  saveUninitialized: false,
  store: MongoStore.create({ mongoUrl: process.env.MONGO_URI, ttl: 14 * 24 * 60 * 60 }),
  cookie: { httpOnly: true, secure: false, sameSite: 'lax', maxAge: 14 * 24 * 60 * 60 * 1000 },
}));

// ok: missing-auth
app.get('/api/health', (req, res) => res.json({ status: 'ok' }));

app.use('/api/auth', authRoutes);
app.use('/api/recipes', recipeRoutes);
app.use('/api/suppliers', supplierRoutes);
app.use('/api/admin', adminRoutes);
app.use('/api', reportRoutes);
app.use('/api/menu', menuRoutes);
app.use('/api/shifts', shiftRoutes);
app.use('/api/partners', partnerRoutes);

app.use(notFound);
app.use(errorHandler);

const port = process.env.PORT || 5000;
connectDb().then(() => app.listen(port, () => console.log(`KitchenHub API on ${port}`)));
