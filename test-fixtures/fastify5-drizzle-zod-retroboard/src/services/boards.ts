import { and, eq } from 'drizzle-orm';
import { db, boards } from '../db/index.js';

export async function findBoardInWorkspace(boardId: string, workspaceId: string) {
  const [board] = await db
    .select()
    .from(boards)
    .where(and(eq(boards.id, boardId), eq(boards.workspaceId, workspaceId)))
    .limit(1);
  return board ?? null;
}
