import { Router } from 'express';

export const prefsRouter = Router();

prefsRouter.get('/theme', (req, res) => {
  res.json({ theme: req.signedCookies.theme ?? 'light' });
});
