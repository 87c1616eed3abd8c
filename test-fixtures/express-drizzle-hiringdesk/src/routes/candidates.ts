import { Router } from 'express';
import multer from 'multer';
import path from 'node:path';
import { z } from 'zod';
import { and, eq, ilike } from 'drizzle-orm';
import { db, candidates, notes } from '../db/index.js';
import { requireOrg } from '../middleware/session.js';
import { uploadLimiter } from '../middleware/limits.js';
import { logger } from '../lib/logger.js';

export const candidatesRouter = Router();
candidatesRouter.use(requireOrg);

const RESUME_TYPES = ['application/pdf', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'];

// ok: unrestricted-upload
const resumeUpload = multer({
  storage: multer.diskStorage({
    destination: 'uploads/resumes',
    filename: (_req, file, cb) => cb(null, `${Date.now()}${path.extname(file.originalname)}`),
  }),
  limits: { fileSize: 8 * 1024 * 1024 },
  fileFilter: (_req, file, cb) => cb(null, RESUME_TYPES.includes(file.mimetype)),
});

// expect: unrestricted-upload
const importUpload = multer({ storage: multer.memoryStorage() });

const candidateSchema = z.object({
  fullName: z.string().min(1).max(200),
  email: z.string().email(),
  phone: z.string().max(40).optional(),
  source: z.string().max(60).optional(),
});

candidatesRouter.get('/', async (req, res) => {
  const q = typeof req.query.q === 'string' ? req.query.q : '';
  // ok: unscoped-tenant-query
  const rows = await db
    .select()
    .from(candidates)
    .where(and(eq(candidates.organizationId, req.orgId!), ilike(candidates.fullName, `%${q}%`)));
  res.json(rows);
});

// ok: missing-input-validation
candidatesRouter.post('/', async (req, res) => {
  const parsed = candidateSchema.safeParse(req.body);
  if (!parsed.success) return res.status(422).json({ errors: parsed.error.flatten() });
  const [row] = await db
    .insert(candidates)
    .values({ ...parsed.data, organizationId: req.orgId! })
    .returning();
  res.status(201).json(row);
});

candidatesRouter.get('/:candidateId', async (req, res) => {
  // ok: unscoped-tenant-query
  const [candidate] = await db.select().from(candidates).where(eq(candidates.id, req.params.candidateId));
  if (!candidate || candidate.organizationId !== req.orgId) {
    return res.status(404).json({ error: 'Not found' });
  }
  res.json(candidate);
});

// expect: missing-input-validation
candidatesRouter.put('/:candidateId', async (req, res) => {
  const { fullName, email, phone } = req.body;
  // ok: unscoped-tenant-query
  const [row] = await db
    .update(candidates)
    .set({ fullName, email, phone })
    .where(and(eq(candidates.id, req.params.candidateId), eq(candidates.organizationId, req.orgId!)))
    .returning();
  if (!row) return res.status(404).json({ error: 'Not found' });
  res.json(row);
});

// ok: missing-rate-limit
candidatesRouter.post('/:candidateId/resume', uploadLimiter, resumeUpload.single('resume'), async (req, res) => {
  if (!req.file) return res.status(400).json({ error: 'resume file required' });
  // ok: unscoped-tenant-query
  const [row] = await db
    .update(candidates)
    .set({ resumeKey: req.file.filename })
    .where(and(eq(candidates.id, req.params.candidateId), eq(candidates.organizationId, req.orgId!)))
    .returning({ id: candidates.id });
  if (!row) return res.status(404).json({ error: 'Not found' });
  res.json({ ok: true });
});

// Bulk import from a CSV export of another ATS.
// expect: missing-rate-limit, missing-input-validation
candidatesRouter.post('/import', importUpload.single('file'), async (req, res) => {
  try {
    const lines = req.file!.buffer.toString('utf8').split('\n').slice(1).filter(Boolean);
    const rows = lines.map((line) => {
      const [fullName, email, phone] = line.split(',');
      return { fullName, email, phone, organizationId: req.orgId!, source: 'import' };
    });
    await db.insert(candidates).values(rows);
    res.json({ imported: rows.length });
  } catch (err) {
    logger.error({ err }, 'candidate import failed');
    // expect: error-details-leak
    res.status(500).json({ error: 'Import failed', detail: (err as Error).message });
  }
});

const noteSchema = z.object({ body: z.string().min(1).max(5000) });

// ok: missing-input-validation
candidatesRouter.post('/:candidateId/notes', async (req, res) => {
  const { body } = noteSchema.parse(req.body);
  const [candidate] = await db
    .select({ id: candidates.id })
    .from(candidates)
    .where(and(eq(candidates.id, req.params.candidateId), eq(candidates.organizationId, req.orgId!)));
  if (!candidate) return res.status(404).json({ error: 'Not found' });
  const [note] = await db
    .insert(notes)
    .values({ body, candidateId: candidate.id, organizationId: req.orgId!, authorId: req.user!.id })
    .returning();
  res.status(201).json(note);
});

candidatesRouter.get('/:candidateId/notes', async (req, res) => {
  // expect: unscoped-tenant-query
  const rows = await db.select().from(notes).where(eq(notes.candidateId, req.params.candidateId));
  res.json(rows);
});

candidatesRouter.delete('/:candidateId/notes/:noteId', async (req, res) => {
  // ok: unscoped-tenant-query
  const deleted = await db
    .delete(notes)
    .where(and(eq(notes.id, req.params.noteId), eq(notes.authorId, req.user!.id)))
    .returning({ id: notes.id });
  if (deleted.length === 0) return res.status(404).json({ error: 'Not found' });
  res.status(204).end();
});
