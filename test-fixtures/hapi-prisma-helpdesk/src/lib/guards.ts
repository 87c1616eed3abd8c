import Boom from '@hapi/boom';
import type { Request, ResponseToolkit } from '@hapi/hapi';

export interface Agent {
  userId: string;
  orgId: string;
  role: 'admin' | 'agent';
  scope: string[];
}

export const agentOf = (request: Request) => request.auth.credentials as unknown as Agent;

// a route prerequisite that lets only the given roles through
export function requireRole(...roles: Agent['role'][]) {
  return (request: Request, h: ResponseToolkit) => {
    if (!roles.includes(agentOf(request).role)) {
      throw Boom.forbidden('Insufficient role');
    }
    return h.continue;
  };
}
