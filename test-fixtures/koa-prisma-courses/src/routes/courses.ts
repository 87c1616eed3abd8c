import Router from '@koa/router';
import type { Context, Next } from 'koa';
import type { Prisma } from '@prisma/client';
import { z } from 'zod';
import { prisma } from '../db';
import { allow } from '../middleware/roles';
import { getManagedCourse, listCourses, updateCourse } from '../services/courseService';
import { exportCourseGrades, gradesToCsv } from '../services/gradeService';

/** Mounted at /api/courses, behind requireAuth. */
export const coursesRouter = new Router();

// ok: missing-auth
coursesRouter.get('/', async (ctx) => {
  const { schoolId, role } = ctx.state.user;
  const includeArchived = role !== 'STUDENT' && ctx.query.archived === 'true';
  ctx.body = await listCourses(schoolId, { includeArchived });
});

// ok: missing-auth
coursesRouter.get('/:id', async (ctx) => {
  // expect: unscoped-tenant-query
  const course = await prisma.course.findUnique({
    where: { id: ctx.params.id },
    include: { teacher: { select: { id: true, name: true } } },
  });
  if (!course) {
    ctx.throw(404, 'Course not found');
  }
  ctx.body = course;
});

// expect: missing-input-validation
coursesRouter.post('/', allow('TEACHER', 'ADMIN'), async (ctx) => {
  const course = await prisma.course.create({
    data: {
      ...(ctx.request.body as Prisma.CourseUncheckedCreateInput),
      schoolId: ctx.state.user.schoolId,
    },
  });
  ctx.status = 201;
  ctx.body = course;
});

const updateCourseSchema = z
  .object({
    title: z.string().trim().min(1).max(200),
    description: z.string().max(5000).nullable(),
    archived: z.boolean(),
  })
  .partial()
  .strict();

// ok: missing-input-validation
coursesRouter.put('/:id', allow('TEACHER', 'ADMIN'), async (ctx) => {
  const data = updateCourseSchema.parse(ctx.request.body);
  const course = await getManagedCourse(ctx.state.user, ctx.params.id);
  if (!course) {
    ctx.throw(404, 'Course not found');
  }
  ctx.body = await updateCourse(ctx.state.user.schoolId, course.id, data);
});

coursesRouter.get('/:id/roster', allow('TEACHER', 'ADMIN'), async (ctx) => {
  // ok: unscoped-tenant-query
  const course = await prisma.course.findUnique({ where: { id: ctx.params.id } });
  if (!course || course.schoolId !== ctx.state.user.schoolId) {
    ctx.throw(404, 'Course not found');
  }
  ctx.body = await prisma.enrollment.findMany({
    where: { courseId: course.id, schoolId: course.schoolId },
    include: { student: { select: { id: true, name: true, email: true } } },
    orderBy: { student: { name: 'asc' } },
  });
});

// ok: missing-auth
// expect: missing-rate-limit
coursesRouter.get('/:id/export', allow('TEACHER', 'ADMIN'), async (ctx) => {
  const course = await getManagedCourse(ctx.state.user, ctx.params.id);
  if (!course) {
    ctx.throw(404, 'Course not found');
  }
  const rows = await exportCourseGrades(ctx.state.user.schoolId, course.id);
  ctx.attachment(`${course.code}-grades.csv`);
  ctx.type = 'text/csv; charset=utf-8';
  ctx.body = gradesToCsv(rows);
});

// Loaders named in the route: what they look up is the route's data access.
async function loadSyllabusCourse(ctx: Context, next: Next) {
  // expect: unscoped-tenant-query
  const course = await prisma.course.findUnique({ where: { id: ctx.params.id } });
  if (!course) ctx.throw(404);
  ctx.state.course = course;
  await next();
}

async function loadSchoolCourse(ctx: Context, next: Next) {
  // ok: unscoped-tenant-query
  const course = await prisma.course.findFirst({ where: { id: ctx.params.id, schoolId: ctx.state.user.schoolId } });
  if (!course) ctx.throw(404);
  ctx.state.course = course;
  await next();
}

coursesRouter.get('/:id/syllabus', loadSyllabusCourse, async (ctx) => {
  ctx.body = { code: ctx.state.course.code, description: ctx.state.course.description };
});

coursesRouter.get('/:id/summary', loadSchoolCourse, async (ctx) => {
  ctx.body = { code: ctx.state.course.code, title: ctx.state.course.title };
});
