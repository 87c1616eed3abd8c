import { Router } from 'express';
import { z } from 'zod';
import { db } from '../db';
import { getJob } from '../services/jobService';
import { addNote, listNotesForJob } from '../services/noteService';

// Mounted at /api/jobs/:jobId/notes
export const notesRouter = Router({ mergeParams: true });

const jobParams = z.object({ jobId: z.string().uuid() });
const noteParams = jobParams.extend({ noteId: z.string().uuid() });
const noteBody = z.object({ body: z.string().trim().min(1).max(5000) });

// ok: missing-auth
notesRouter.get('/', async (req, res) => {
  const params = jobParams.safeParse(req.params);
  if (!params.success) {
    return res.sendStatus(404);
  }
  res.json(await listNotesForJob(req.tenantId, params.data.jobId));
});

// ok: missing-auth
notesRouter.post('/', async (req, res) => {
  const params = jobParams.safeParse(req.params);
  const body = noteBody.safeParse(req.body);
  if (!params.success || !body.success) {
    return res.status(400).json({ error: 'invalid request' });
  }

  const job = await getJob(req.tenantId, params.data.jobId);
  if (!job) {
    return res.sendStatus(404);
  }

  const note = await addNote(req.tenantId, job.id, req.auth.userId, body.data.body);
  res.status(201).json(note);
});

// ok: missing-auth
notesRouter.delete('/:noteId', async (req, res) => {
  const params = noteParams.safeParse(req.params);
  if (!params.success) {
    return res.sendStatus(404);
  }

  // ok: unscoped-tenant-query
  const note = await db('job_notes').where({ id: params.data.noteId, job_id: params.data.jobId }).first();
  if (!note || note.tenant_id !== req.tenantId) return res.sendStatus(404);
  if (note.author_id !== req.auth.userId && req.auth.role !== 'admin') {
    return res.sendStatus(403);
  }

  // ok: unscoped-tenant-query
  await db('job_notes').where({ id: note.id, tenant_id: req.tenantId }).del();
  res.sendStatus(204);
});
