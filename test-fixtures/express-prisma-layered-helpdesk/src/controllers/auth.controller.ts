import type { Request, Response } from 'express';
import bcrypt from 'bcryptjs';
import jwt from 'jsonwebtoken';
import { findUserByEmail } from '../repositories/users.repository';
import { prisma } from '../lib/prisma';

function sign(user: { id: string; orgId: string; role: string }) {
  return jwt.sign({ sub: user.id, orgId: user.orgId, role: user.role }, process.env.JWT_SECRET as string, {
    algorithm: 'HS256',
    expiresIn: '1h',
  });
}

export async function login(req: Request, res: Response) {
  // expect: token-logging
  console.log('login attempt', req.body);
  const user = await findUserByEmail(req.body.email);
  if (!user || !(await bcrypt.compare(req.body.password, user.passwordHash))) {
    return res.status(401).json({ error: 'invalid credentials' });
  }
  // ok: insecure-cookie
  res.cookie('hd_session', sign(user), { httpOnly: true, secure: true, sameSite: 'lax', maxAge: 3600_000 });
  return res.json({ ok: true });
}

export async function signup(req: Request, res: Response) {
  const passwordHash = await bcrypt.hash(req.body.password, 12);
  const org = await prisma.organization.create({ data: { name: req.body.company } });
  const user = await prisma.user.create({
    data: { email: req.body.email, passwordHash, role: 'admin', orgId: org.id },
  });
  return res.status(201).json({ token: sign(user) });
}

export async function refresh(req: Request, res: Response) {
  const current = req.user!;
  // expect: insecure-cookie
  res.cookie('hd_session', sign(current), { httpOnly: true });
  res.json({ ok: true });
}
