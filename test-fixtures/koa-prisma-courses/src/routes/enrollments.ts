import Router from '@koa/router';
import { z } from 'zod';
import { prisma } from '../db';
import { allow } from '../middleware/roles';
import {
  enrollStudent,
  getCourseForSchool,
  getManagedCourse,
  listEnrollmentsForCourse,
} from '../services/courseService';

/** Mounted under /api, behind requireAuth. */
export const enrollmentsRouter = new Router({ prefix: '/enrollments' });

// ok: missing-auth
enrollmentsRouter.get('/mine', allow('STUDENT'), async (ctx) => {
  const { id, schoolId } = ctx.state.user;
  // ok: unscoped-tenant-query
  ctx.body = await prisma.enrollment.findMany({
    where: { studentId: id, schoolId },
    include: { course: { select: { id: true, code: true, title: true } } },
    orderBy: { createdAt: 'desc' },
  });
});

enrollmentsRouter.get('/course/:courseId', allow('TEACHER', 'ADMIN'), async (ctx) => {
  ctx.body = await listEnrollmentsForCourse(ctx.params.courseId);
});

const enrollSchema = z.object({
  courseId: z.string().uuid(),
  studentId: z.string().uuid().optional(),
});

// ok: missing-input-validation
enrollmentsRouter.post('/', async (ctx) => {
  const user = ctx.state.user;
  const input = enrollSchema.parse(ctx.request.body);

  // Students enrol themselves; staff enrol a student into a course they manage.
  const studentId = user.role === 'STUDENT' ? user.id : input.studentId;
  if (!studentId) {
    ctx.throw(400, 'studentId is required');
  }
  const course =
    user.role === 'STUDENT'
      ? await getCourseForSchool(user.schoolId, input.courseId)
      : await getManagedCourse(user, input.courseId);
  if (!course || course.archived) {
    ctx.throw(404, 'Course not found');
  }

  // ok: unscoped-tenant-query
  const student = await prisma.user.findFirst({
    where: { id: studentId, schoolId: user.schoolId, role: 'STUDENT' },
    select: { id: true },
  });
  if (!student) {
    ctx.throw(404, 'Student not found');
  }

  ctx.status = 201;
  ctx.body = await enrollStudent(user.schoolId, course.id, student.id);
});

// ok: missing-auth
enrollmentsRouter.delete('/:id', allow('TEACHER', 'ADMIN'), async (ctx) => {
  // expect: unscoped-tenant-query
  await prisma.enrollment.delete({ where: { id: ctx.params.id } });
  ctx.status = 204;
});
