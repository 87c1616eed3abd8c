import type { Session } from 'next-auth';

// whether the user's organizations hold the project (the session lists them)
export const isProjectMember = (user: Session['user'] | undefined, projectId: string): boolean => {
  if (!user) return false;
  const projects = user.organizations.flatMap((org) => org.projects);
  const member = projects.some((project) => project.id === projectId);
  return member;
};
