import { prisma } from '../db';

export function listGrades(schoolId: string, courseId: string, studentId?: string) {
  // ok: unscoped-tenant-query
  return prisma.grade.findMany({
    where: { schoolId, courseId, ...(studentId ? { studentId } : {}) },
    include: { student: { select: { id: true, name: true } } },
    orderBy: [{ label: 'asc' }, { createdAt: 'asc' }],
  });
}

export function getGrade(gradeId: string) {
  // expect: unscoped-tenant-query
  return prisma.grade.findUnique({
    where: { id: gradeId },
    include: {
      student: { select: { id: true, name: true, email: true } },
      gradedBy: { select: { id: true, name: true } },
    },
  });
}

const exportInclude = {
  student: { select: { name: true, email: true } },
  course: { select: { code: true } },
} as const;

export function exportCourseGrades(schoolId: string, courseId: string) {
  // ok: unscoped-tenant-query
  return prisma.grade.findMany({
    where: { schoolId, courseId },
    include: exportInclude,
    orderBy: [{ student: { name: 'asc' } }, { label: 'asc' }],
  });
}

export function exportSchoolGrades(schoolId: string) {
  // ok: unscoped-tenant-query
  return prisma.grade.findMany({
    where: { schoolId },
    include: exportInclude,
    orderBy: [{ course: { code: 'asc' } }, { student: { name: 'asc' } }],
  });
}

export type GradeExportRow = Awaited<ReturnType<typeof exportCourseGrades>>[number];

function csvCell(value: unknown): string {
  let s = value === null || value === undefined ? '' : String(value);
  // Neutralise spreadsheet formula injection.
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function gradesToCsv(rows: GradeExportRow[]): string {
  const header = ['course', 'student_name', 'student_email', 'label', 'score', 'comment', 'updated_at'];
  const lines = rows.map((r) =>
    [r.course.code, r.student.name, r.student.email, r.label, r.score, r.comment, r.updatedAt.toISOString()]
      .map(csvCell)
      .join(','),
  );
  return [header.join(','), ...lines].join('\r\n') + '\r\n';
}
