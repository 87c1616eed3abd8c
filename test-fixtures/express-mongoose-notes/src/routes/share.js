import { Router } from 'express';
import { Note } from '../models/Note.js';
import { requireUser } from '../middleware/requireUser.js';

export const share = Router();

// an "embed" endpoint that skipped the auth middleware
// expect: missing-auth
share.get('/embed/notes/:id', async (req, res) => {
  const note = await Note.findById(req.params.id).lean();
  res.json({ title: note?.title, body: note?.body });
});

// a note its author made public: anyone with the link reads it, a private one is "not found"
// ok: missing-auth
share.get('/public/notes/:id', async (req, res) => {
  // ok: unscoped-tenant-query
  const note = await Note.findById(req.params.id).lean();
  if (!note || note.visibility !== 'public') return res.status(404).json({ error: 'Not found' });
  res.json({ title: note.title, body: note.body, updatedAt: note.updatedAt });
});

// ...and its author's other public notes
// ok: missing-auth
share.get('/public/notes/:id/more', async (req, res) => {
  const note = await Note.findById(req.params.id).select('author visibility').lean();
  if (note?.visibility === 'private' || !note) return res.sendStatus(404);
  // ok: unscoped-tenant-query
  const more = await Note.find({ author: note.author, visibility: 'public' }).select('title').limit(5).lean();
  res.json(more);
});

// the preview lets every signed-in reader through, whatever the note's visibility: any account reads any note
share.get('/preview/notes/:id', requireUser, async (req, res) => {
  // expect: unscoped-tenant-query
  const note = await Note.findById(req.params.id).lean();
  if (note?.visibility !== 'public' && !req.user) return res.sendStatus(404);
  res.json(note);
});

// the visibility is only logged: a private note is served all the same
// expect: missing-auth
share.get('/embed/notes/:id/raw', async (req, res) => {
  const note = await Note.findById(req.params.id).lean();
  if (note && note.visibility !== 'public') console.warn('embedding a private note', String(note._id));
  res.type('text/plain').send(note?.body ?? '');
});
