import type { PrismaClient } from '@prisma/client';

/** What a service call knows about who is asking; built once per procedure from its context. */
export interface ServiceContext {
  org: { id: string; role: string };
  actor: { userId: string };
  prisma: PrismaClient;
}

export function toServiceCtx(ctx: { orgId: string; role: string; session: { user: { id: string } }; prisma: PrismaClient }): ServiceContext {
  return { org: { id: ctx.orgId, role: ctx.role }, actor: { userId: ctx.session.user.id }, prisma: ctx.prisma };
}
