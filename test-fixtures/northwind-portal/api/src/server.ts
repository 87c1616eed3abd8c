import express from 'express';
import cors from 'cors';
import { authRouter } from '@api/routes/auth';
import { invoicesRouter } from '@api/routes/invoices';
import { documentsRouter } from '@api/routes/documents';
import { adminRouter } from '@api/routes/admin';
import { reportsRouter } from '@api/routes/reports';
import { requireAuth } from '@api/auth/middleware';
import { prisma } from './db';

const app = express();

app.use(
  cors({
    // expect: cors-wildcard
    origin: true,
    credentials: true,
  }),
);
app.use(express.json({ limit: '1mb' }));

// ok: missing-auth
app.get('/api/health', (_req, res) => res.json({ ok: true }));

// ok: missing-auth
app.get('/api/announcements', async (_req, res) => {
  res.json(await prisma.announcement.findMany({ where: { published: true } }));
});

app.use('/api/auth', authRouter);
app.use('/api/invoices', requireAuth, invoicesRouter);
app.use('/api/documents', requireAuth, documentsRouter);
app.use('/api/admin', requireAuth, adminRouter);
// forgot requireAuth: every report is readable by anyone
app.use('/api/reports', reportsRouter);

app.listen(Number(process.env.PORT ?? 4000));
