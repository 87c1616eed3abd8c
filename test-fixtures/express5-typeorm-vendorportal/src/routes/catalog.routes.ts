import { Router } from 'express';

export const catalogRouter = Router();

const CATEGORIES = ['logistics', 'packaging', 'it-services', 'facilities'];

// ok: missing-auth
catalogRouter.get('/categories', (_req, res) => {
  res.set('Cache-Control', 'public, max-age=3600').json(CATEGORIES);
});
