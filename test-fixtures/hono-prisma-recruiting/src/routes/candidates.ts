import { Hono } from 'hono';
import { zValidator } from '@hono/zod-validator';
import { z } from 'zod';
import { prisma } from '../lib/db';
import { currentUser, requireRole, type AppEnv } from '../middleware/auth';
import { uploadLimiter } from '../middleware/rate-limit';
import { candidateService } from '../services/candidates';

const CandidateSchema = z.object({
  fullName: z.string().min(1).max(200),
  email: z.string().email(),
  phone: z.string().max(40).optional(),
  source: z.enum(['referral', 'linkedin', 'careers_page', 'agency']).optional(),
});

const ALLOWED_RESUME_TYPES = ['application/pdf', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'];
const MAX_RESUME_BYTES = 5 * 1024 * 1024;

const candidates = new Hono<AppEnv>();

candidates.get('/', async (c) => {
  const user = currentUser(c);
  return c.json(await candidateService.list(user.companyId, c.req.query('q')));
});

candidates.get('/:id', async (c) => {
  const candidate = await candidateService.byId(c.req.param('id'));
  if (!candidate) return c.json({ error: 'Not found' }, 404);
  return c.json(candidate);
});

// ok: missing-input-validation
candidates.post('/', zValidator('json', CandidateSchema), async (c) => {
  const user = currentUser(c);
  const candidate = await candidateService.create(user.companyId, c.req.valid('json'));
  return c.json(candidate, 201);
});

// ok: missing-input-validation
candidates.put('/:id', zValidator('json', CandidateSchema.partial()), async (c) => {
  const user = currentUser(c);
  const existing = await candidateService.requireInCompany(c.req.param('id'), user.companyId);
  // ok: unscoped-tenant-query
  const updated = await prisma.candidate.update({ where: { id: existing.id }, data: c.req.valid('json') });
  return c.json(updated);
});

// ok: missing-role-check
candidates.delete('/:id', requireRole('owner'), async (c) => {
  const user = currentUser(c);
  // ok: unscoped-tenant-query
  const { count } = await prisma.candidate.deleteMany({ where: { id: c.req.param('id'), companyId: user.companyId } });
  return count ? c.body(null, 204) : c.json({ error: 'Not found' }, 404);
});

// ok: missing-rate-limit
candidates.post('/:id/resume', uploadLimiter, async (c) => {
  const user = currentUser(c);
  const candidate = await candidateService.requireInCompany(c.req.param('id'), user.companyId);
  // ok: unrestricted-upload
  const body = await c.req.parseBody();
  const file = body['resume'];
  if (!(file instanceof File)) return c.json({ error: 'Attach a resume' }, 400);
  if (file.size > MAX_RESUME_BYTES) return c.json({ error: 'Resume is larger than 5 MB' }, 413);
  if (!ALLOWED_RESUME_TYPES.includes(file.type)) return c.json({ error: 'Upload a PDF or DOCX' }, 415);
  const key = `resumes/${candidate.companyId}/${candidate.id}.${file.type === 'application/pdf' ? 'pdf' : 'docx'}`;
  await Bun.write(`./storage/${key}`, file);
  await prisma.candidate.update({ where: { id: candidate.id }, data: { resumeKey: key } });
  return c.json({ key });
});

// expect: missing-rate-limit
candidates.post('/:id/attachments', async (c) => {
  const user = currentUser(c);
  const candidate = await candidateService.requireInCompany(c.req.param('id'), user.companyId);
  // expect: unrestricted-upload
  const form = await c.req.parseBody();
  const file = form['file'] as File;
  const path = `./storage/attachments/${candidate.id}/${file.name}`;
  await Bun.write(path, file);
  return c.json({ path }, 201);
});

export default candidates;
