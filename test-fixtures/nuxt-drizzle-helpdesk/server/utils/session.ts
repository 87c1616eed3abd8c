import type { H3Event } from 'h3';

export type Agent = { id: string; workspaceId: string; role: 'agent' | 'admin'; email: string };

export function requireAgent(event: H3Event): Agent {
  const agent = event.context.agent as Agent | undefined;
  if (!agent) {
    throw createError({ statusCode: 401, statusMessage: 'Sign in required' });
  }
  return agent;
}

export function requireAdmin(event: H3Event): Agent {
  const agent = requireAgent(event);
  if (agent.role !== 'admin') {
    throw createError({ statusCode: 403, statusMessage: 'Admins only' });
  }
  return agent;
}
