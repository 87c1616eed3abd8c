import { eq } from 'drizzle-orm';
import { parseFormData, type FileUpload } from '@mjackson/form-data-parser';
import { LocalFileStorage } from '@mjackson/file-storage/local';
import { db, schema } from '~/db.server';
import { requireUser } from '~/sessions.server';
import { getCompanyJob } from '~/lib/jobs.server';
import type { Route } from './+types/job-photos';

const storage = new LocalFileStorage('./uploads/job-photos');

export async function loader({ request, params }: Route.LoaderArgs) {
  const user = await requireUser(request);
  const job = await getCompanyJob(user, params.jobId);
  // ok: unscoped-tenant-query
  const rows = await db.select().from(schema.photos).where(eq(schema.photos.jobId, job.id));
  return Response.json({ photos: rows });
}

// expect: missing-rate-limit
export async function action({ request, params }: Route.ActionArgs) {
  const user = await requireUser(request);
  const job = await getCompanyJob(user, params.jobId);
  const saved: { key: string; bytes: number }[] = [];
  async function uploadHandler(file: FileUpload) {
    const key = `${job.id}/${crypto.randomUUID()}-${file.name}`;
    await storage.set(key, file);
    saved.push({ key, bytes: file.size });
    return key;
  }
  // expect: unrestricted-upload
  await parseFormData(request, uploadHandler);
  if (saved.length) {
    await db.insert(schema.photos).values(saved.map((s) => ({ ...s, jobId: job.id, companyId: user.companyId })));
  }
  return Response.json({ uploaded: saved.length });
}
