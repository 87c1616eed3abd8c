import type { Request, Response } from 'express';
import bcrypt from 'bcryptjs';
import jwt from 'jsonwebtoken';
import { z } from 'zod';
import { prisma } from '../lib/prisma';
import { config } from '../lib/config';

const signupSchema = z.object({ email: z.string().email(), password: z.string().min(10), orgName: z.string().min(2) });

export async function login(req: Request, res: Response) {
  // expect: token-logging
  console.log('login attempt', req.body);
  const { email, password } = req.body ?? {};
  // ok: unscoped-tenant-query
  const user = await prisma.user.findUnique({ where: { email: String(email) } });
  if (!user || !(await bcrypt.compare(String(password), user.passwordHash))) {
    return res.status(401).json({ error: 'invalid credentials' });
  }
  // ok: insecure-jwt
  const token = jwt.sign({ sub: user.id, orgId: user.orgId, role: user.role }, config.jwtSecret, { expiresIn: '8h' });
  // expect: insecure-cookie
  res.cookie('session', token, { maxAge: 8 * 3600 * 1000 });
  return res.json({ token });
}

export async function signup(req: Request, res: Response) {
  const body = signupSchema.parse(req.body);
  const org = await prisma.organization.create({ data: { name: body.orgName } });
  const user = await prisma.user.create({
    data: { email: body.email, passwordHash: await bcrypt.hash(body.password, 12), orgId: org.id, role: 'admin' },
  });
  res.status(201).json({ id: user.id });
}
