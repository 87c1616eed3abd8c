import jwt from 'jsonwebtoken';
import { prisma } from './db';
import { badRequest, unauthorized } from './response';

export interface Auth {
  user: { id: string; isAdmin: boolean } | null;
}

async function checkAuth(request: Request): Promise<Auth | null> {
  const header = request.headers.get('authorization') ?? '';
  const token = header.replace(/^Bearer\s+/i, '');
  if (!token) return null;
  try {
    const { userId } = jwt.verify(token, process.env.APP_SECRET!, { algorithms: ['HS256'] }) as { userId: string };
    const user = await prisma.user.findUnique({ where: { id: userId }, select: { id: true, isAdmin: true } });
    return user ? { user } : null;
  } catch {
    return null;
  }
}

/** Reads the body (checked against the schema when one is given) and the caller; `error` answers the request when either fails. */
export async function parseRequest(request: Request, schema?: { safeParse(v: unknown): { success: boolean; data?: any; error?: unknown } }) {
  let body: any = request.method === 'GET' ? {} : await request.json().catch(() => ({}));
  let error: (() => Response) | undefined;
  if (schema) {
    const result = schema.safeParse(body);
    if (!result.success) error = () => badRequest(result.error);
    else body = result.data;
  }
  const auth = await checkAuth(request);
  if (!auth) error = () => unauthorized();
  return { auth: auth as Auth, body, error };
}
