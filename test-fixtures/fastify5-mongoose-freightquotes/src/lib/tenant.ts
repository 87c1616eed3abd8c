import type { FastifyRequest } from 'fastify';

/** Narrows a Mongo filter to the caller's workspace (from the verified JWT). */
export const inWorkspace = <T extends object>(request: FastifyRequest, extra: T = {} as T) => ({
  ...extra,
  workspaceId: request.user.workspaceId,
});
