import { prisma } from "./index";

export function listProjects(orgId: string) {
  // ok: unscoped-tenant-query
  return prisma.project.findMany({ where: { orgId }, orderBy: { createdAt: "desc" } });
}

export function findProject(id: string) {
  // expect: unscoped-tenant-query
  return prisma.project.findUnique({ where: { id } });
}

export function renameProject(orgId: string, id: string, name: string) {
  // ok: unscoped-tenant-query
  return prisma.project.updateMany({ where: { id, orgId }, data: { name } });
}
