import type { ZodTypeAny } from 'zod';
import { checkAuth, type Caller } from './auth';

export function json(data: unknown, status = 200) {
  return Response.json(data, { status });
}

/**
 * Every route starts here: the body (or query) parsed with the route's schema, and the caller.
 * The widget's collector is called from customers' sites, so it may skip the session check.
 */
export async function parseRequest(request: Request, schema?: ZodTypeAny, options?: { skipAuth?: boolean }) {
  const url = new URL(request.url);
  let body: unknown = undefined;
  if (request.method !== 'GET') body = await request.json().catch(() => undefined);
  let error: Response | undefined;
  let data: any = body;

  if (schema) {
    const parsed = schema.safeParse(request.method === 'GET' ? Object.fromEntries(url.searchParams) : body);
    if (!parsed.success) error = json({ error: 'invalid request' }, 400);
    else data = parsed.data;
  }

  let auth: Caller | null = null;
  if (!options?.skipAuth && !error) {
    auth = await checkAuth(request);
    if (!auth) error = json({ error: 'unauthorized' }, 401);
  }

  return { url, data, auth: auth as Caller, error };
}

/** The same, for handlers written with a destructured option and its default. */
export async function readCaller(request: Request, { anonymous = false }: { anonymous?: boolean } = {}) {
  if (anonymous) return { caller: null, error: undefined };
  const caller = await checkAuth(request);
  if (!caller) return { caller: null, error: json({ error: 'unauthorized' }, 401) };
  return { caller, error: undefined };
}
