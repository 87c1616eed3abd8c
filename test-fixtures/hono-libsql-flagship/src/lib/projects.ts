import { HTTPException } from 'hono/http-exception';
import { and, eq } from 'drizzle-orm';
import { db, projects } from '../db';

// every caller hands in the session's team: the project is looked up inside it
export async function getProjectForTeam(teamId: string, projectId: string) {
  const [project] = await db.select().from(projects).where(and(eq(projects.id, projectId), eq(projects.teamId, teamId)));
  if (!project) throw new HTTPException(404, { message: 'project not found' });
  return project;
}
