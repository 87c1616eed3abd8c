import jwt from 'jsonwebtoken';
import { PrismaClient } from '@prisma/client';
import type { AuthChecker } from 'type-graphql';

export const prisma = new PrismaClient();

export interface Context {
  user?: { id: string; organizationId: string; roles: string[] };
}

export async function context({ req }: { req: { headers: Record<string, string | undefined> } }): Promise<Context> {
  const token = req.headers.authorization?.replace('Bearer ', '');
  if (!token) return {};
  try {
    return { user: jwt.verify(token, process.env.JWT_SECRET!, { algorithms: ['HS256'] }) as Context['user'] };
  } catch {
    return {};
  }
}

export const authChecker: AuthChecker<Context> = ({ context: ctx }, roles) => {
  if (!ctx.user) return false;
  return roles.length === 0 || roles.some((r) => ctx.user!.roles.includes(r));
};
