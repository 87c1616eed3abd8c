import jwt from 'jsonwebtoken';
import { PrismaClient } from '@prisma/client';

export const prisma = new PrismaClient();

export interface Viewer {
  id: string;
  clubId: string;
  role: 'reader' | 'organizer';
}

export interface Context {
  viewer: Viewer | null;
}

export async function createContext({ req }: { req: { headers: { authorization?: string } } }): Promise<Context> {
  const token = req.headers.authorization?.replace(/^Bearer /, '');
  if (!token) return { viewer: null };
  try {
    return { viewer: jwt.verify(token, process.env.JWT_SECRET!, { algorithms: ['HS256'] }) as Viewer };
  } catch {
    return { viewer: null };
  }
}
