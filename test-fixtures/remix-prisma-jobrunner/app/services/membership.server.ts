import { prisma } from "~/db.server";

/** Throws 404 unless the user is a member of the project's organization. */
export async function assertProjectMember(userId: string, projectId: string) {
  const project = await prisma.project.findFirst({
    where: { id: projectId, organization: { members: { some: { userId } } } },
  });
  if (!project) {
    throw new Response("Not found", { status: 404 });
  }
  return project;
}

/** Throws 404 unless the job belongs to a project of one of the user's organizations. */
export async function assertJobAccess(userId: string, jobId: string) {
  const job = await prisma.job.findFirst({
    where: { id: jobId, project: { organization: { members: { some: { userId } } } } },
  });
  if (!job) {
    throw new Response("Not found", { status: 404 });
  }
  return job;
}
