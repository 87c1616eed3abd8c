import { Router } from 'express';
import { Note } from '../models/Note.js';

export const share = Router();

// an "embed" endpoint that skipped the auth middleware
// expect: missing-auth
share.get('/embed/notes/:id', async (req, res) => {
  const note = await Note.findById(req.params.id).lean();
  res.json({ title: note?.title, body: note?.body });
});
