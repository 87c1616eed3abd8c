import express from 'express';
import cors from 'cors';
import helmet from 'helmet';
import cookieParser from 'cookie-parser';
import supertokens from 'supertokens-node';
import { middleware, errorHandler } from 'supertokens-node/framework/express';
import { initSupertokens } from './config/supertokens';
import healthRouter from './routes/health';
import authRouter from './routes/auth';
import tutorsRouter from './routes/tutors';
import bookingsRouter from './routes/bookings';
import lessonNotesRouter from './routes/lessonNotes';
import payoutsRouter from './routes/payouts';
import reviewsRouter from './routes/reviews';
import orgsRouter from './routes/orgs';
import adminRouter from './routes/admin';
import { studentsRouter } from './routes/students';
import webhooksRouter from './routes/webhooks';

initSupertokens();

const allowedOrigins = (process.env.ALLOWED_ORIGINS ?? 'http://localhost:5173').split(',');

export const app = express();

app.set('trust proxy', 1);
app.use(helmet());
app.use(
  cors({
    origin: allowedOrigins,
    allowedHeaders: ['content-type', ...supertokens.getAllCORSHeaders()],
    credentials: true,
  }),
);

// webhooks need the raw body, so they go before the JSON parser
app.use('/webhooks', webhooksRouter);

app.use(express.json({ limit: '200kb' }));
app.use(cookieParser());
app.use(middleware());

app.use(healthRouter);
app.use('/auth', authRouter);
app.use('/tutors', tutorsRouter);
app.use('/bookings', bookingsRouter);
app.use('/lesson-notes', lessonNotesRouter);
app.use('/students', studentsRouter);
app.use('/payouts', payoutsRouter);
app.use('/reviews', reviewsRouter);
app.use('/orgs', orgsRouter);
app.use('/admin', adminRouter);

app.use(errorHandler());
app.use((err: unknown, _req: express.Request, res: express.Response, _next: express.NextFunction) => {
  res.status(500).json({ error: 'internal_error' });
});

const port = Number(process.env.PORT ?? 4000);
app.listen(port, () => console.log(`tutormarket api on :${port}`));
