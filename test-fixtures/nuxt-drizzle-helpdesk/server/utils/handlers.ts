import type { EventHandlerRequest, H3Event } from 'h3';
import type { Agent } from './session';

/** An API handler for signed-in agents: answers 401 before the handler runs, and hands it the agent. */
export function defineAgentHandler<T>(handler: (event: H3Event<EventHandlerRequest>, agent: Agent) => Promise<T> | T) {
  return defineEventHandler(async (event) => {
    const agent = requireAgent(event);
    return handler(event, agent);
  });
}
