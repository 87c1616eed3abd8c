import type { Request } from 'express';
import { Types } from 'mongoose';

// every query in the invoices/customers routers goes through this
export function orgFilter(req: Request, extra: Record<string, unknown> = {}) {
  return { ...extra, orgId: new Types.ObjectId(req.user!.orgId) };
}
