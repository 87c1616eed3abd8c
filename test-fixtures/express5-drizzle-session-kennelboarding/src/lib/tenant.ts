import type { Request } from 'express';
import { and, eq, type SQL } from 'drizzle-orm';
import { customers } from '../db/schema.js';

/** The caller's account, from the session the requireUser middleware loaded. */
export function accountOf(req: Request): string {
  return req.user!.accountId;
}

export function customerInAccount(req: Request, customerId: string): SQL | undefined {
  return and(eq(customers.id, customerId), eq(customers.accountId, accountOf(req)));
}

/** For the multi-location switcher: the front end says which account it is looking at. */
export function customerInAccountId(customerId: string, accountId: string): SQL | undefined {
  return and(eq(customers.id, customerId), eq(customers.accountId, accountId));
}
