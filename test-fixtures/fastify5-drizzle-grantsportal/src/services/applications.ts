import { and, eq } from 'drizzle-orm';
import { applications, db } from '../db';

export class NotFoundError extends Error {
  statusCode = 404;
}

export async function assertApplicationInWorkspace(workspaceId: string, applicationId: string) {
  // ok: unscoped-tenant-query
  const [row] = await db
    .select({ id: applications.id })
    .from(applications)
    .where(and(eq(applications.id, applicationId), eq(applications.workspaceId, workspaceId)));
  if (!row) throw new NotFoundError('application not found');
  return row;
}
