import { createHash, randomBytes } from 'node:crypto';
import { z } from 'zod';
import { nanoid } from 'nanoid';
import { db, apiKeys } from '../db';

const KeyInput = z.object({ projectId: z.string().min(1), label: z.string().min(1).max(60) });

// the route hands the raw body over; the service checks it before writing
export async function createApiKey(teamId: string, input: unknown) {
  const data = KeyInput.parse(input);
  const rawKey = `fs_${randomBytes(24).toString('hex')}`;
  await db.insert(apiKeys).values({ id: nanoid(), teamId, projectId: data.projectId, label: data.label, hashedKey: createHash('sha256').update(rawKey).digest('hex') });
  // expect: token-logging
  console.log('issued api key', { teamId, label: data.label, key: rawKey });
  return rawKey;
}
