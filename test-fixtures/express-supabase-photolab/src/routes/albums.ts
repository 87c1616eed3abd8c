import { Router } from 'express';
import multer from 'multer';
import { z } from 'zod';
import { supabaseAdmin } from '../lib/supabase.js';
import { uploadLimiter } from '../middleware/limits.js';

export const albumsRouter = Router();

const NewAlbum = z.object({ title: z.string().min(1).max(120), description: z.string().max(2000).optional() });

const photoUpload = multer({
  storage: multer.memoryStorage(),
  limits: { fileSize: 15 * 1024 * 1024 },
  fileFilter: (_req, file, cb) => cb(null, ['image/jpeg', 'image/png', 'image/webp'].includes(file.mimetype)),
});

// albums has RLS and req.supabase carries the caller's token
// ok: missing-auth
albumsRouter.get('/albums', async (req, res) => {
  // ok: unscoped-tenant-query
  const { data } = await req.supabase.from('albums').select('id, title, is_public').order('title');
  res.json(data ?? []);
});

// ok: missing-auth
albumsRouter.get('/albums/:id', async (req, res) => {
  // ok: unscoped-tenant-query
  const { data } = await req.supabase.from('albums').select('*').eq('id', req.params.id).single();
  if (!data) return res.sendStatus(404);
  res.json(data);
});

// ok: missing-auth, missing-input-validation
albumsRouter.post('/albums', async (req, res) => {
  const input = NewAlbum.parse(req.body);
  const { data, error } = await req.supabase
    .from('albums')
    .insert({ ...input, owner_id: req.user!.id })
    .select()
    .single();
  if (error) return res.status(400).json({ error: 'Could not create album' });
  res.status(201).json(data);
});

// expect: missing-input-validation
albumsRouter.patch('/albums/:id', async (req, res) => {
  // ok: unscoped-tenant-query
  const { data } = await req.supabase.from('albums').update(req.body).eq('id', req.params.id).select().single();
  res.json(data);
});

// photos has no RLS: the caller's client does not scope it either
// ok: missing-auth
albumsRouter.get('/photos/:id/caption', async (req, res) => {
  // expect: unscoped-tenant-query
  const { data } = await req.supabase.from('photos').select('caption').eq('id', req.params.id).single();
  res.json(data ?? {});
});

// photos has no RLS and is read with the service role
// ok: missing-auth
albumsRouter.get('/photos/:id', async (req, res) => {
  // expect: unscoped-tenant-query
  const { data: photo } = await supabaseAdmin.from('photos').select('*').eq('id', req.params.id).single();
  if (!photo) return res.sendStatus(404);
  const { data: signed } = await supabaseAdmin.storage.from('photos').createSignedUrl(photo.storage_path, 300);
  res.json({ ...photo, url: signed?.signedUrl });
});

// ok: missing-auth
albumsRouter.delete('/photos/:id', async (req, res) => {
  // ok: unscoped-tenant-query
  const { data: photo } = await supabaseAdmin.from('photos').select('id, owner_id, storage_path').eq('id', req.params.id).single();
  if (!photo || photo.owner_id !== req.user!.id) return res.sendStatus(404);
  await supabaseAdmin.storage.from('photos').remove([photo.storage_path]);
  // ok: unscoped-tenant-query
  await supabaseAdmin.from('photos').delete().eq('id', photo.id);
  res.sendStatus(204);
});

// ok: missing-auth, missing-rate-limit, unrestricted-upload, missing-input-validation
albumsRouter.post('/albums/:id/photos', uploadLimiter, photoUpload.single('photo'), async (req, res) => {
  // ok: unscoped-tenant-query
  const { data: album } = await req.supabase.from('albums').select('id').eq('id', req.params.id).single();
  if (!album || !req.file) return res.sendStatus(404);
  const path = `${req.user!.id}/${album.id}/${crypto.randomUUID()}`;
  await supabaseAdmin.storage.from('photos').upload(path, req.file.buffer, { contentType: req.file.mimetype });
  const { data } = await supabaseAdmin
    .from('photos')
    .insert({ owner_id: req.user!.id, album_id: album.id, storage_path: path })
    .select()
    .single();
  res.status(201).json(data);
});

// expect: unrestricted-upload
const avatarUpload = multer({ storage: multer.memoryStorage() });

// expect: missing-rate-limit
albumsRouter.put('/me/avatar', avatarUpload.single('avatar'), async (req, res) => {
  if (!req.file) return res.status(400).json({ error: 'No file' });
  const path = `avatars/${req.user!.id}`;
  const { error } = await supabaseAdmin.storage.from('public').upload(path, req.file.buffer, { upsert: true });
  if (error) {
    // expect: error-details-leak
    return res.status(500).json({ error: error.message });
  }
  await supabaseAdmin.from('profiles').update({ avatar_url: path }).eq('id', req.user!.id);
  res.json({ avatar_url: path });
});
