import { Router } from 'express';
import { albumService } from '../services/albums.js';

export const v2Router = Router();

// ok: missing-auth
v2Router.get('/albums/:id', async (req, res) => {
  const album = await albumService.get(req.supabase, req.params.id);
  return album ? res.json(album) : res.sendStatus(404);
});

// ok: missing-auth
v2Router.get('/photos/:id', async (req, res) => {
  const photo = await albumService.photo(req.params.id);
  return photo ? res.json(photo) : res.sendStatus(404);
});

// ok: missing-auth
v2Router.get('/me/photos', async (req, res) => {
  res.json(await albumService.photosOf(req.user!.id));
});
