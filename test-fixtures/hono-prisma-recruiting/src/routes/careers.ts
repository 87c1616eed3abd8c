import { Hono } from 'hono';
import { prisma } from '../lib/db';

// Public careers pages embedded on customers' websites
const careers = new Hono();

// ok: missing-auth
careers.get('/:companySlug/jobs', async (c) => {
  // ok: unscoped-tenant-query
  const jobs = await prisma.job.findMany({
    where: { company: { slug: c.req.param('companySlug') }, status: 'published' },
    select: { id: true, title: true, location: true, description: true },
  });
  return c.json(jobs);
});

// ok: missing-auth
careers.get('/:companySlug/jobs/:jobId', async (c) => {
  // ok: unscoped-tenant-query
  const job = await prisma.job.findFirst({ where: { id: c.req.param('jobId'), status: 'published' } });
  return job ? c.json(job) : c.notFound();
});

export default careers;
