import express from 'express';
import cors from 'cors';
import helmet from 'helmet';
import passport from './config/passport';
import routes from './routes';
import { errorHandler } from './middleware/errorHandler';

export const app = express();

app.set('trust proxy', 1);
app.use(helmet());
app.use(
  cors({
    // expect: cors-wildcard
    origin: /projecthub\.io/,
    credentials: true,
  }),
);
app.use('/api/webhooks', express.raw({ type: 'application/json' }));
app.use(express.json({ limit: '1mb' }));
app.use(passport.initialize());

app.use('/api', routes);

app.use(errorHandler);
