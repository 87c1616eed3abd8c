import 'reflect-metadata';
import express from 'express';
import cors from 'cors';
import helmet from 'helmet';
import cookieParser from 'cookie-parser';
import passport from './config/passport';
import api from './routes';
import webhookRoutes from './routes/webhooks.routes';
import { errorHandler, notFound } from './middleware/errorHandler';

export function createApp() {
  const app = express();
  app.set('trust proxy', 1);
  app.use(helmet());
  app.use(
    cors({
      // expect: cors-wildcard
      origin: (origin, callback) => callback(null, true),
      credentials: true,
    }),
  );
  // raw body for signature checks, before the JSON parser
  app.use('/webhooks', webhookRoutes);
  app.use(express.json({ limit: '1mb' }));
  app.use(cookieParser());
  app.use(passport.initialize());

  app.use('/api', api);

  app.use(notFound);
  app.use(errorHandler);
  return app;
}
