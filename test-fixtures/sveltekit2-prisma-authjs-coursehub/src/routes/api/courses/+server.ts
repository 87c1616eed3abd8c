import { json } from '@sveltejs/kit';
import { z } from 'zod';
import { prisma } from '$lib/server/prisma';
import { requireInstructor } from '$lib/server/guards';
import type { RequestHandler } from './$types';

const NewCourse = z.object({
  title: z.string().min(3).max(120),
  slug: z.string().regex(/^[a-z0-9-]+$/),
  summary: z.string().max(2000).optional(),
  priceCents: z.number().int().min(0),
});

// ok: missing-auth
export const GET: RequestHandler = async ({ url }) => {
  const q = url.searchParams.get('q') ?? undefined;
  // ok: unscoped-tenant-query
  const courses = await prisma.course.findMany({
    where: { published: true, title: q ? { contains: q, mode: 'insensitive' } : undefined },
    select: { id: true, slug: true, title: true, summary: true, priceCents: true },
  });
  return json(courses);
};

// ok: missing-auth, missing-input-validation
export const POST: RequestHandler = async (event) => {
  const user = await requireInstructor(event);
  const data = NewCourse.parse(await event.request.json());
  const course = await prisma.course.create({ data: { ...data, schoolId: user.schoolId, instructorId: user.id } });
  return json(course, { status: 201 });
};
