import { Router } from 'express';
import { Note } from '../models/Note.js';
import { requireUser } from '../middleware/requireUser.js';

export const notes = Router();
notes.use(requireUser);

// ok: missing-auth
notes.get('/', async (req, res) => {
  // ok: unscoped-tenant-query
  const list = await Note.find({ workspace: req.user.workspaceId }).sort({ updatedAt: -1 }).lean();
  res.json(list);
});

notes.get('/:id', async (req, res) => {
  // expect: unscoped-tenant-query
  const note = await Note.findById(req.params.id).populate('author', 'email');
  if (!note) return res.sendStatus(404);
  res.json(note);
});

notes.get('/:id/history', async (req, res) => {
  // ok: unscoped-tenant-query
  const note = await Note.findOne({ _id: req.params.id, workspace: req.user.workspaceId });
  if (!note) return res.sendStatus(404);
  res.json({ updatedAt: note.updatedAt });
});

// expect: missing-input-validation
notes.patch('/:id', async (req, res) => {
  const { title, body } = req.body;
  // expect: unscoped-tenant-query
  const updated = await Note.findByIdAndUpdate(req.params.id, { title, body }, { new: true });
  res.json(updated);
});

notes.delete('/:id', async (req, res) => {
  // ok: unscoped-tenant-query
  const note = await Note.findById(req.params.id);
  if (!note || String(note.workspace) !== String(req.user.workspaceId)) return res.sendStatus(404);
  await note.deleteOne();
  res.sendStatus(204);
});

notes.post('/bulk-delete', async (req, res) => {
  // expect: unscoped-tenant-query
  const result = await Note.deleteMany({ _id: { $in: req.body.ids } });
  res.json({ deleted: result.deletedCount });
});

// fetch, check the owner, copy fields from the body, save: the save writes unvalidated body data
// expect: missing-input-validation
notes.put('/:id', async (req, res) => {
  // ok: unscoped-tenant-query
  const note = await Note.findById(req.params.id);
  if (!note || String(note.workspace) !== String(req.user.workspaceId)) return res.sendStatus(404);
  note.title = req.body.title;
  note.body = req.body.body;
  // ok: unscoped-tenant-query
  await note.save();
  res.json(note);
});

// the body only picks the record; what is saved is server-made
// ok: missing-input-validation
notes.post('/:id/pin', async (req, res) => {
  // ok: unscoped-tenant-query
  const note = await Note.findOne({ _id: req.params.id, workspace: req.user.workspaceId });
  if (!note) return res.sendStatus(404);
  note.pinnedAt = req.body.pinned ? new Date() : null;
  note.pinnedBy = req.user.id;
  await note.save();
  res.json(note);
});
