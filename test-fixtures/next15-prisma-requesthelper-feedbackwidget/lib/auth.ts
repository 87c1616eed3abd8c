import { jwtVerify } from 'jose';

const key = new TextEncoder().encode(process.env.AUTH_SECRET);

export interface Caller {
  accountId: string;
  email: string;
}

/** The signed-in account from the `Authorization: Bearer` header, or null. */
export async function checkAuth(request: Request): Promise<Caller | null> {
  const header = request.headers.get('authorization');
  if (!header?.startsWith('Bearer ')) return null;
  try {
    const { payload } = await jwtVerify(header.slice(7), key);
    return { accountId: String(payload.sub), email: String(payload.email) };
  } catch {
    return null;
  }
}
