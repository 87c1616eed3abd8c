import type { Prisma } from '@prisma/client';
import { prisma } from '../db';
import type { AuthUser } from '../middleware/auth';

export function listCourses(schoolId: string, opts: { includeArchived?: boolean } = {}) {
  // ok: unscoped-tenant-query
  return prisma.course.findMany({
    where: { schoolId, ...(opts.includeArchived ? {} : { archived: false }) },
    include: { teacher: { select: { id: true, name: true } } },
    orderBy: { title: 'asc' },
  });
}

export function getCourseForSchool(schoolId: string, courseId: string) {
  // ok: unscoped-tenant-query
  return prisma.course.findFirst({ where: { id: courseId, schoolId } });
}

/**
 * Course the user may manage: admins manage every course of their school,
 * teachers only the courses they teach, students none.
 */
export async function getManagedCourse(user: AuthUser, courseId: string) {
  const course = await getCourseForSchool(user.schoolId, courseId);
  if (!course) return null;
  if (user.role === 'ADMIN') return course;
  if (user.role === 'TEACHER' && course.teacherId === user.id) return course;
  return null;
}

export type CourseUpdate = Pick<Prisma.CourseUncheckedUpdateManyInput, 'title' | 'description' | 'archived'>;

export async function updateCourse(schoolId: string, courseId: string, data: CourseUpdate) {
  // ok: unscoped-tenant-query
  const { count } = await prisma.course.updateMany({ where: { id: courseId, schoolId }, data });
  if (count === 0) return null;
  return getCourseForSchool(schoolId, courseId);
}

export async function getCourseSummary(schoolId: string, courseId: string) {
  const course = await getCourseForSchool(schoolId, courseId);
  if (!course) return null;

  const [enrolled, stats] = await Promise.all([
    prisma.enrollment.count({ where: { schoolId, courseId: course.id } }),
    // ok: unscoped-tenant-query
    prisma.grade.aggregate({
      where: { schoolId, courseId: course.id },
      _avg: { score: true },
      _min: { score: true },
      _max: { score: true },
      _count: true,
    }),
  ]);

  return {
    courseId: course.id,
    code: course.code,
    title: course.title,
    enrolled,
    gradesRecorded: stats._count,
    averageScore: stats._avg.score,
    minScore: stats._min.score,
    maxScore: stats._max.score,
  };
}

export function enrollStudent(schoolId: string, courseId: string, studentId: string) {
  return prisma.enrollment.create({
    data: { schoolId, courseId, studentId },
    include: { course: { select: { id: true, code: true, title: true } } },
  });
}

export function listEnrollmentsForCourse(courseId: string) {
  // expect: unscoped-tenant-query
  return prisma.enrollment.findMany({
    where: { courseId },
    include: { student: { select: { id: true, name: true, email: true } } },
    orderBy: { createdAt: 'asc' },
  });
}
