import { notFound } from 'next/navigation';

/** 404s unless the record belongs to the caller's organization */
export function assertSameOrg<T extends { organizationId: string }>(record: T | null, user: { organizationId: string }): T {
  if (!record || record.organizationId !== user.organizationId) notFound();
  return record;
}
