import Router from '@koa/router';
import { z } from 'zod';
import { prisma } from '../db';
import { requireAuth } from '../middleware/auth';
import { allow } from '../middleware/roles';
import { exportLimiter } from '../middleware/rateLimit';
import { getCourseSummary } from '../services/courseService';
import { exportCourseGrades, gradesToCsv } from '../services/gradeService';

/**
 * Reporting endpoints. This router is mounted ahead of the global requireAuth
 * (see app.ts), so each route declares its own authentication.
 */
export const reportsRouter = new Router({ prefix: '/api/reports' });

// ok: missing-auth
reportsRouter.get('/courses/:courseId/summary', requireAuth, allow('TEACHER', 'ADMIN'), async (ctx) => {
  const summary = await getCourseSummary(ctx.state.user.schoolId, ctx.params.courseId);
  if (!summary) {
    ctx.throw(404, 'Course not found');
  }
  ctx.body = summary;
});

// expect: missing-auth
// ok: missing-rate-limit
reportsRouter.get('/courses/:courseId/grades-export', exportLimiter, async (ctx) => {
  const course = await prisma.course.findUnique({ where: { id: ctx.params.courseId } });
  if (!course) {
    ctx.throw(404, 'Course not found');
  }
  const rows = await exportCourseGrades(course.schoolId, course.id);
  ctx.attachment(`${course.code}-grades.csv`);
  ctx.type = 'text/csv; charset=utf-8';
  ctx.body = gradesToCsv(rows);
});

const importSchema = z.object({
  label: z.string().trim().min(1).max(100),
  grades: z
    .array(
      z.object({
        enrollmentId: z.string().uuid(),
        score: z.number().min(0).max(100),
        comment: z.string().max(2000).optional(),
      }),
    )
    .min(1)
    .max(500),
});

// expect: missing-auth
// ok: missing-input-validation
reportsRouter.post('/courses/:courseId/grades/import', async (ctx) => {
  const input = importSchema.parse(ctx.request.body);
  const course = await prisma.course.findUnique({ where: { id: ctx.params.courseId } });
  if (!course) {
    ctx.throw(404, 'Course not found');
  }
  const schoolId = course.schoolId;
  const courseId = course.id;

  const enrollments = await prisma.enrollment.findMany({
    where: { courseId, id: { in: input.grades.map((g) => g.enrollmentId) } },
  });
  const byId = new Map(enrollments.map((e) => [e.id, e]));

  const data = input.grades.flatMap((g) => {
    const enrollment = byId.get(g.enrollmentId);
    if (!enrollment) return [];
    return [
      {
        schoolId,
        courseId,
        enrollmentId: enrollment.id,
        studentId: enrollment.studentId,
        label: input.label,
        score: g.score,
        comment: g.comment,
      },
    ];
  });

  const { count } = await prisma.grade.createMany({ data });
  ctx.status = 201;
  ctx.body = { imported: count, skipped: input.grades.length - count };
});
