import Router from '@koa/router';
import type { Prisma } from '@prisma/client';
import { z } from 'zod';
import { prisma } from '../db';
import { allow } from '../middleware/roles';
import { getManagedCourse } from '../services/courseService';
import { getGrade, listGrades } from '../services/gradeService';

/** Nested under /api/courses/:courseId/grades, behind requireAuth. */
export const gradesRouter = new Router();

// ok: missing-auth
gradesRouter.get('/', async (ctx) => {
  const user = ctx.state.user;
  if (user.role === 'STUDENT') {
    ctx.body = await listGrades(user.schoolId, ctx.params.courseId, user.id);
    return;
  }
  const course = await getManagedCourse(user, ctx.params.courseId);
  if (!course) {
    ctx.throw(404, 'Course not found');
  }
  ctx.body = await listGrades(user.schoolId, course.id);
});

gradesRouter.get('/:gradeId', allow('TEACHER', 'ADMIN'), async (ctx) => {
  const grade = await getGrade(ctx.params.gradeId);
  if (!grade) {
    ctx.throw(404, 'Grade not found');
  }
  ctx.body = grade;
});

const createGradeSchema = z.object({
  enrollmentId: z.string().uuid(),
  label: z.string().trim().min(1).max(100),
  score: z.number().min(0).max(100),
  comment: z.string().max(2000).optional(),
});

// ok: missing-input-validation
gradesRouter.post('/', allow('TEACHER', 'ADMIN'), async (ctx) => {
  const user = ctx.state.user;
  const input = createGradeSchema.parse(ctx.request.body);
  const course = await getManagedCourse(user, ctx.params.courseId);
  if (!course) {
    ctx.throw(404, 'Course not found');
  }

  // ok: unscoped-tenant-query
  const enrollment = await prisma.enrollment.findFirst({
    where: { id: input.enrollmentId, courseId: course.id, schoolId: user.schoolId },
  });
  if (!enrollment) {
    ctx.throw(404, 'Enrollment not found');
  }

  ctx.status = 201;
  ctx.body = await prisma.grade.create({
    data: {
      schoolId: user.schoolId,
      courseId: course.id,
      enrollmentId: enrollment.id,
      studentId: enrollment.studentId,
      gradedById: user.id,
      label: input.label,
      score: input.score,
      comment: input.comment,
    },
  });
});

// expect: missing-input-validation
gradesRouter.patch('/:gradeId', allow('TEACHER', 'ADMIN'), async (ctx) => {
  const course = await getManagedCourse(ctx.state.user, ctx.params.courseId);
  if (!course) {
    ctx.throw(404, 'Course not found');
  }
  // expect: unscoped-tenant-query
  const grade = await prisma.grade.update({
    where: { id: ctx.params.gradeId },
    data: { ...(ctx.request.body as Prisma.GradeUncheckedUpdateInput), gradedById: ctx.state.user.id },
  });
  ctx.body = grade;
});

gradesRouter.delete('/:gradeId', allow('TEACHER', 'ADMIN'), async (ctx) => {
  const course = await getManagedCourse(ctx.state.user, ctx.params.courseId);
  if (!course) {
    ctx.throw(404, 'Course not found');
  }
  // ok: unscoped-tenant-query
  const { count } = await prisma.grade.deleteMany({
    where: { id: ctx.params.gradeId, courseId: course.id, schoolId: ctx.state.user.schoolId },
  });
  if (count === 0) {
    ctx.throw(404, 'Grade not found');
  }
  ctx.status = 204;
});
