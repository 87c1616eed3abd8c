import type { IncomingMessage, ServerResponse } from 'node:http';

export type Req = IncomingMessage & { params: Record<string, string>; query: Record<string, string>; body?: any; account?: { id: string; orgId: string; role: 'owner' | 'member' } };
export type Res = ServerResponse;
export type Next = (err?: unknown) => void;

export function json(res: Res, status: number, body: unknown) {
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json');
  res.end(JSON.stringify(body));
}
