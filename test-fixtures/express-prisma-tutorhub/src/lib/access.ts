import { HttpError } from './errors';

/** Throws 404 unless the record belongs to the caller's organization. */
export function assertSameOrg(user: { organizationId: string }, record: { organizationId: string } | null): asserts record {
  if (!record || record.organizationId !== user.organizationId) throw new HttpError(404, 'Not found');
}
