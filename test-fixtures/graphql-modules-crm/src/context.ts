import jwt from 'jsonwebtoken';
import { PrismaClient } from '@prisma/client';
import type { Request } from 'express';

export const prisma = new PrismaClient();

export interface Ctx {
  user: { id: string; organizationId: string } | null;
}

export async function buildContext({ req }: { req: Request }): Promise<Ctx> {
  const raw = req.headers.authorization?.replace('Bearer ', '');
  if (!raw) return { user: null };
  try {
    return { user: jwt.verify(raw, process.env.JWT_SECRET!, { algorithms: ['HS256'] }) as Ctx['user'] };
  } catch {
    return { user: null };
  }
}
