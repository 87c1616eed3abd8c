import { prisma } from '../lib/prisma';

export const studentsService = {
  list(organizationId: string) {
    // ok: unscoped-tenant-query
    return prisma.student.findMany({ where: { organizationId }, orderBy: { fullName: 'asc' } });
  },

  get(organizationId: string, id: string) {
    // ok: unscoped-tenant-query
    return prisma.student.findFirst({ where: { id, organizationId } });
  },

  create(organizationId: string, data: { fullName: string; guardianEmail: string; gradeLevel: number; notes?: string }) {
    return prisma.student.create({ data: { ...data, organizationId } });
  },

  update(id: string, data: Record<string, unknown>) {
    // expect: unscoped-tenant-query
    return prisma.student.update({ where: { id }, data });
  },

  remove(organizationId: string, id: string) {
    // ok: unscoped-tenant-query
    return prisma.student.deleteMany({ where: { id, organizationId } });
  },

  lessonsOf(studentId: string) {
    // ok: unscoped-tenant-query
    return prisma.lesson.findMany({ where: { studentId }, orderBy: { startsAt: 'desc' } });
  },
};
