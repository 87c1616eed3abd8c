import { Router } from 'express';
import bcrypt from 'bcryptjs';
import jwt from 'jsonwebtoken';
import { z } from 'zod';
import { prisma } from '../db';
import { validate } from '../middleware/validate';

export const authRouter = Router();

const JWT_SECRET = process.env.JWT_SECRET as string;
const loginSchema = z.object({ email: z.string().email(), password: z.string().min(8) });

authRouter.post('/login', validate(loginSchema), async (req, res) => {
  const member = await prisma.member.findUnique({ where: { email: req.body.email } });
  if (!member || !(await bcrypt.compare(req.body.password, member.passwordHash))) {
    return res.status(401).json({ error: 'invalid credentials' });
  }
  const token = jwt.sign({ id: member.id, libraryId: member.libraryId, role: member.role }, JWT_SECRET, {
    algorithm: 'HS256',
    expiresIn: '2h',
  });
  res.json({ token });
});

authRouter
  .route('/password-reset')
  .post(validate(z.object({ email: z.string().email() })), async (req, res) => {
    const member = await prisma.member.findUnique({ where: { email: req.body.email } });
    if (member) {
      // ok: token-logging
      console.info('password reset requested', { memberId: member.id });
    }
    res.status(202).json({ ok: true });
  });
