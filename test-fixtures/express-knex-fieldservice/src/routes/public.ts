import { Router } from 'express';
import rateLimit from 'express-rate-limit';
import bcrypt from 'bcryptjs';
import { z } from 'zod';
import { db } from '../db';
import { signAccessToken } from '../middleware/authenticate';

export const publicRouter = Router();

const loginLimiter = rateLimit({
  windowMs: 15 * 60 * 1000,
  limit: 10,
  standardHeaders: 'draft-7',
  legacyHeaders: false,
});

const loginBody = z.object({
  email: z.string().email().max(254),
  password: z.string().min(1).max(200),
});

// Compared against when the email is unknown so timing doesn't reveal which accounts exist.
const DUMMY_HASH = bcrypt.hashSync('placeholder-password-never-matches', 10);

const tenantParams = z.object({ tenantId: z.string().uuid() });
const jobParams = z.object({ id: z.string().uuid() });
const statusBody = z.object({ status: z.enum(['in_progress', 'completed']) });

// ok: missing-auth
publicRouter.get('/health', async (_req, res) => {
  await db.raw('select 1');
  res.json({ status: 'ok' });
});

// ok: missing-auth
publicRouter.post('/login', loginLimiter, async (req, res) => {
  const body = loginBody.safeParse(req.body);
  if (!body.success) {
    return res.status(400).json({ error: 'email and password are required' });
  }

  const user = await db('users').where({ email: body.data.email.toLowerCase() }).first('id', 'tenant_id', 'role', 'password_hash');
  const valid = await bcrypt.compare(body.data.password, user?.password_hash ?? DUMMY_HASH);
  if (!user || !valid) {
    return res.status(401).json({ error: 'invalid email or password' });
  }

  const token = signAccessToken({ userId: user.id, tenantId: user.tenant_id, role: user.role });
  // ok: token-logging
  console.info('[auth] login succeeded', { userId: user.id, tenantId: user.tenant_id });
  // expect: token-logging
  console.debug(`[auth] issued access token for ${user.id}: ${token}`);
  res.json({ token, tenantId: user.tenant_id });
});

// "Upcoming visits" widget embedded on tenants' marketing sites.
// expect: missing-auth
publicRouter.get('/tenants/:tenantId/jobs', async (req, res) => {
  const params = tenantParams.safeParse(req.params);
  if (!params.success) {
    return res.status(400).json({ error: 'invalid tenant id' });
  }

  const jobs = await db('jobs')
    .join('customers', 'customers.id', 'jobs.customer_id')
    .where({ 'jobs.tenant_id': params.data.tenantId })
    .whereIn('jobs.status', ['scheduled', 'in_progress'])
    .orderBy('jobs.scheduled_start', 'asc')
    .limit(50)
    .select('jobs.id', 'jobs.title', 'jobs.scheduled_start', 'customers.name as customer_name', 'customers.address as customer_address');
  res.json(jobs);
});

// Used by the technician mobile app when it syncs status changes made offline.
// expect: missing-auth
publicRouter.patch('/jobs/:id/status', async (req, res) => {
  const params = jobParams.safeParse(req.params);
  const body = statusBody.safeParse(req.body);
  if (!params.success || !body.success) {
    return res.status(400).json({ error: 'invalid request' });
  }

  const updated = await db('jobs').where({ id: params.data.id }).update({ status: body.data.status, updated_at: db.fn.now() });
  if (!updated) {
    return res.sendStatus(404);
  }
  res.sendStatus(204);
});
