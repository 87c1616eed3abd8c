import express from 'express';
import helmet from 'helmet';
import cors from 'cors';
import passport from 'passport';
import './middleware/passport.js';
import { requireJwt } from './middleware/passport.js';
import authRoutes from './routes/auth.js';
import documentRoutes from './routes/documents.js';
import adminRoutes from './routes/admin.js';
import webhookRoutes from './routes/webhooks.js';
import fileRoutes from './routes/files.js';
import { query } from './lib/db.js';
import { partnerRouter, previewRouter, embedRouter } from './routes/partners.js';

const app = express();
app.use(helmet());
// ok: cors-wildcard
app.use(cors({ origin: ['https://docs.example.test'], credentials: true }));
app.use('/webhooks', webhookRoutes);
app.use(express.json({ limit: '1mb' }));
app.use(passport.initialize());

app.get('/status', (req, res) => res.json({ up: true }));
app.use('/api/v1/auth', authRoutes);

// API documentation is public
// ok: missing-auth
app.get('/api/docs', (req, res) => res.sendFile('openapi.html', { root: 'public' }));

// a raw view added above the JWT line: "docs" here are the customers' documents
// expect: missing-auth
app.get('/api/v1/docs/:id/raw', async (req, res) => {
  const { rows } = await query('SELECT content FROM documents WHERE id = $1', [req.params.id]);
  res.type('text/plain').send(rows[0]?.content ?? '');
});

app.use('/api/v1', requireJwt);
app.use('/api/v1/documents', documentRoutes);
app.use('/api/v1/admin', adminRoutes);
app.use('/api/v1/files', fileRoutes);
app.use('/api/v1/partners', partnerRouter);
app.use('/api/v1/preview', previewRouter);
app.use('/api/v1/embed', embedRouter);

app.use((err, req, res, next) => {
  console.error(err);
  if (process.env.NODE_ENV !== 'production') {
    return res.status(500).json({ error: err.message, stack: err.stack });
  }
  res.status(500).json({ error: 'Internal Server Error' });
});

app.listen(process.env.PORT || 8080);
