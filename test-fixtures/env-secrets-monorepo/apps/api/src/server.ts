import 'dotenv/config';
import express, { type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import cors from 'cors';
import bcrypt from 'bcryptjs';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { currentUser, requireAdmin, requireAuth, signAccessToken } from './auth';
import { openai, s3, stripe } from './clients';
import { pool, type UserRow } from './db';

const asyncHandler =
  (fn: (req: Request, res: Response) => Promise<void>): RequestHandler =>
  (req, res, next) => {
    fn(req, res).catch(next);
  };

// --- CORS -------------------------------------------------------------------

const appOrigins = [
  'https://app.acmeanalytics.io',
  'https://www.acmeanalytics.io',
  ...(process.env.NODE_ENV === 'production' ? [] : ['http://localhost:5173', 'http://localhost:3000']),
];

const appCors = cors({
  // ok: cors-wildcard
  origin: appOrigins,
  credentials: true,
  maxAge: 600,
});

const adminOrigins = new Set(['https://admin.acmeanalytics.io']);

const adminCors = cors({
  // ok: cors-wildcard
  origin: (origin, callback) => callback(null, origin !== undefined && adminOrigins.has(origin)),
  credentials: true,
});

const partnerCors = cors({
  // expect: cors-wildcard
  origin: (origin, callback) => callback(null, !origin || origin.endsWith('acmeanalytics.io')),
  credentials: true,
});

const legacyCors = cors({
  // expect: cors-wildcard
  origin: true,
  credentials: true,
});

// --- Routers ----------------------------------------------------------------

const partnerRouter = express.Router();

partnerRouter.get('/widget-config', (_req, res) => {
  res.json({ theme: 'light', refreshIntervalSeconds: 60, poweredBy: 'Acme Analytics' });
});

const legacyRouter = express.Router();

legacyRouter.get('/profile', requireAuth, (req, res) => {
  const user = currentUser(req);
  res.json({ id: user.id, email: user.email });
});

const adminRouter = express.Router();

adminRouter.get(
  '/users',
  requireAuth,
  requireAdmin,
  asyncHandler(async (req, res) => {
    const { rows } = await pool.query<Pick<UserRow, 'id' | 'email' | 'role' | 'created_at'>>(
      'SELECT id, email, role, created_at FROM users ORDER BY created_at DESC LIMIT 100',
    );
    // ok: token-logging
    console.info(`[admin] user ${currentUser(req).id} listed ${rows.length} users`);
    res.json({ users: rows });
  }),
);

// --- App --------------------------------------------------------------------

const app = express();
app.disable('x-powered-by');
app.set('trust proxy', 1);
app.use(express.json({ limit: '100kb' }));

app.use('/partners', partnerCors, partnerRouter);
app.use('/v1', legacyCors, legacyRouter);
app.use('/admin', adminCors, adminRouter);
app.use(appCors);

app.get('/healthz', (_req, res) => {
  res.json({ ok: true });
});

// expect: missing-rate-limit
app.post(
  '/auth/login',
  asyncHandler(async (req, res) => {
    const { email, password } = req.body as { email?: unknown; password?: unknown };
    if (typeof email !== 'string' || typeof password !== 'string') {
      res.status(400).json({ error: 'email_and_password_required' });
      return;
    }
    // expect: token-logging
    console.info(`[auth] login attempt email=${email} password=${password}`);

    const { rows } = await pool.query<UserRow>(
      'SELECT id, email, role, password_hash FROM users WHERE email = $1',
      [email.trim().toLowerCase()],
    );
    const user = rows[0];
    if (!user || !(await bcrypt.compare(password, user.password_hash))) {
      res.status(401).json({ error: 'invalid_credentials' });
      return;
    }

    // ok: token-logging
    console.info(`[auth] login succeeded for user ${user.id}`);
    const authUser = { id: user.id, email: user.email, role: user.role };
    res.json({ accessToken: signAccessToken(authUser), user: authUser });
  }),
);

app.get('/me', requireAuth, (req, res) => {
  res.json(currentUser(req));
});

app.get(
  '/invoices',
  requireAuth,
  asyncHandler(async (req, res) => {
    const user = currentUser(req);
    const { rows } = await pool.query<Pick<UserRow, 'stripe_customer_id'>>(
      'SELECT stripe_customer_id FROM users WHERE id = $1',
      [user.id],
    );
    const customerId = rows[0]?.stripe_customer_id;
    if (!customerId) {
      res.json({ invoices: [] });
      return;
    }

    const invoices = await stripe.invoices.list({ customer: customerId, limit: 20 });
    // ok: token-logging
    console.info(`[billing] user ${user.id} fetched ${invoices.data.length} invoices`);
    res.json({
      invoices: invoices.data.map((invoice) => ({
        id: invoice.id,
        number: invoice.number,
        amountDue: invoice.amount_due,
        currency: invoice.currency,
        status: invoice.status,
        hostedInvoiceUrl: invoice.hosted_invoice_url,
      })),
    });
  }),
);

app.post(
  '/ai/summarize',
  requireAuth,
  asyncHandler(async (req, res) => {
    const { text } = req.body as { text?: unknown };
    if (typeof text !== 'string' || text.length === 0 || text.length > 8_000) {
      res.status(400).json({ error: 'text_must_be_1_to_8000_chars' });
      return;
    }

    const completion = await openai.chat.completions.create({
      model: 'gpt-4o-mini',
      max_tokens: 400,
      messages: [
        { role: 'system', content: 'Summarize the following analytics report in three bullet points.' },
        { role: 'user', content: text },
      ],
    });
    res.json({ summary: completion.choices[0]?.message.content ?? '' });
  }),
);

// expect: missing-rate-limit
app.post(
  '/uploads/avatar',
  requireAuth,
  asyncHandler(async (req, res) => {
    const user = currentUser(req);
    const command = new PutObjectCommand({
      Bucket: process.env.UPLOADS_BUCKET,
      Key: `avatars/${user.id}.png`,
      ContentType: 'image/png',
    });
    const uploadUrl = await getSignedUrl(s3, command, { expiresIn: 300 });
    res.json({ uploadUrl });
  }),
);

app.use((err: unknown, req: Request, res: Response, _next: NextFunction) => {
  console.error(`[api] unhandled error on ${req.method} ${req.path}`, err);
  res.status(500).json({ error: 'internal_error' });
});

const port = Number(process.env.PORT ?? 4000);
app.listen(port, () => {
  console.log(`[api] listening on http://localhost:${port}`);
});
