import { Router } from 'express';
import { z } from 'zod';
import { logger } from '../lib/logger';

export const shiftsRouter = Router();

const shiftSchema = z.object({ start: z.string().datetime(), end: z.string().datetime(), role: z.string() });

shiftsRouter.post('/', (req, res) => {
  const parsed = shiftSchema.safeParse(req.body);
  if (!parsed.success) {
    // a shift holds no credentials: its body may be logged
    // ok: token-logging
    logger.warn({ body: req.body, issues: parsed.error.issues }, 'invalid shift');
    return res.status(400).json({ error: 'invalid shift' });
  }
  res.status(201).json(parsed.data);
});
