import { createServerFn } from '@tanstack/react-start';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { db } from '../db';
import { organizations } from '../db/schema';
import { authMiddleware, ownerMiddleware } from '../middleware/auth';

// ok: missing-auth, missing-role-check
export const changePlan = createServerFn({ method: 'POST' })
  .middleware([ownerMiddleware])
  .inputValidator(z.object({ plan: z.enum(['free', 'team', 'business']) }))
  .handler(async ({ data, context }) => {
    // ok: unscoped-tenant-query
    await db.update(organizations).set({ plan: data.plan }).where(eq(organizations.id, context.organizationId));
    return { ok: true };
  });

// the support console lists every customer workspace; any signed-in user can call it
// expect: missing-role-check
export const adminListOrganizations = createServerFn({ method: 'GET' })
  .middleware([authMiddleware])
  .handler(async () => {
    // expect: unscoped-tenant-query
    return db.select().from(organizations);
  });

// ok: missing-auth
export const currentWorkspace = createServerFn({ method: 'GET' })
  .middleware([authMiddleware])
  .handler(async ({ context }) => {
    // ok: unscoped-tenant-query
    return db.query.organizations.findFirst({ where: eq(organizations.id, context.organizationId) });
  });
