import { eq, type AnyColumn } from 'drizzle-orm';
import type { SessionUser } from '../auth/decorators';

/** The condition every workspace-owned table needs: rows of the caller's workspace only. */
export function inWorkspace(table: { workspaceId: AnyColumn }, user: SessionUser) {
  return eq(table.workspaceId, user.workspaceId);
}
