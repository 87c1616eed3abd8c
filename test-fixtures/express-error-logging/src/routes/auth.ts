import { Router } from 'express';
import rateLimit from 'express-rate-limit';
import jwt from 'jsonwebtoken';
import { z } from 'zod';
import { verifyCredentials } from '../lib/users';

export const authRouter = Router();

const loginSchema = z.object({ email: z.string().email(), password: z.string().min(8) });

authRouter.post('/login', rateLimit({ windowMs: 60_000, limit: 10 }), async (req, res) => {
  const { email, password } = loginSchema.parse(req.body);
  const userId = await verifyCredentials(email, password);
  if (!userId) return res.status(401).json({ error: 'invalid credentials' });
  res.json({ token: jwt.sign({ sub: userId }, process.env.JWT_SECRET as string, { algorithm: 'HS256', expiresIn: '1h' }) });
});
