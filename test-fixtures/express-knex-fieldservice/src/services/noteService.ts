import { db } from '../db';

export async function listNotesForJob(tenantId: string, jobId: string) {
  // expect: unscoped-tenant-query
  return db('job_notes').where({ job_id: jobId }).orderBy('created_at', 'desc');
}

export async function addNote(tenantId: string, jobId: string, authorId: string, body: string) {
  // ok: unscoped-tenant-query
  const [note] = await db('job_notes').insert({ tenant_id: tenantId, job_id: jobId, author_id: authorId, body }).returning('*');
  return note;
}
