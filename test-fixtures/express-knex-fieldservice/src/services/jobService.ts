import { db } from '../db';

export const JOB_STATUSES = ['scheduled', 'in_progress', 'completed', 'cancelled'] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];

export interface JobFilters {
  status?: JobStatus;
  technicianId?: string;
}

export async function listJobs(tenantId: string, filters: JobFilters = {}) {
  // ok: unscoped-tenant-query
  const query = db('jobs').where({ tenant_id: tenantId }).orderBy('scheduled_start', 'asc').limit(500);
  if (filters.status) {
    query.andWhere({ status: filters.status });
  }
  if (filters.technicianId) {
    query.andWhere({ technician_id: filters.technicianId });
  }
  return query;
}

export async function getJob(tenantId: string, jobId: string) {
  // ok: unscoped-tenant-query
  return db('jobs').where({ id: jobId, tenant_id: tenantId }).first();
}

export async function listJobsForTechnician(tenantId: string, technicianId: string, from: Date, to: Date) {
  // ok: unscoped-tenant-query
  return db('jobs').where({ tenant_id: tenantId, technician_id: technicianId }).whereBetween('scheduled_start', [from, to]).orderBy('scheduled_start', 'asc');
}
