import { error } from '@sveltejs/kit';
import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { apiTokens, db } from './db';

export async function requireApiToken(request: Request) {
  const header = request.headers.get('authorization') ?? '';
  const token = header.startsWith('Bearer ') ? header.slice(7) : '';
  if (!token) error(401, 'API token required');
  const [row] = await db
    .select()
    .from(apiTokens)
    .where(eq(apiTokens.tokenHash, createHash('sha256').update(token).digest('hex')));
  if (!row) {
    // expect: token-logging
    console.warn('rejected api token', header);
    error(401, 'Invalid API token');
  }
  return row;
}
