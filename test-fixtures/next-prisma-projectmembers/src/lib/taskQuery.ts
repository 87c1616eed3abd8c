import type { Prisma } from '@prisma/client';

/** The findMany arguments for one project's task list, narrowed by the list's query-string filters. */
export function buildTaskListArgs(projectId: string, search: URLSearchParams): Prisma.TaskFindManyArgs {
  const args: Prisma.TaskFindManyArgs = { where: { projectId }, orderBy: { id: 'asc' }, take: 50 };
  const done = search.get('done');
  if (done === 'true' || done === 'false') args.where = { ...args.where, done: done === 'true' };
  const cursor = search.get('cursor');
  if (cursor) return { ...args, cursor: { id: cursor }, skip: 1 };
  return args;
}
