import Boom from '@hapi/boom';
import type { Request } from '@hapi/hapi';
import { Client } from '../models/index.js';

export interface Caller {
  id: number;
  practiceId: number;
  role: string;
}

export function caller(request: Request): Caller {
  return request.auth.credentials as unknown as Caller;
}

// route pre-method: the client of the path, inside the caller's practice
export async function loadClient(request: Request) {
  const { practiceId } = caller(request);
  const client = await Client.findOne({ where: { id: request.params.clientId, practiceId } });
  if (!client) throw Boom.notFound('Client not found');
  return client;
}
