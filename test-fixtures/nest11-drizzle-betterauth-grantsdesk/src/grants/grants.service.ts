import { Inject, Injectable, Logger, NotFoundException } from '@nestjs/common';
import { and, desc, eq } from 'drizzle-orm';
import { DRIZZLE, Database } from '../db/db';
import { applications, grants } from '../db/schema';
import { SessionUser } from '../auth/decorators';

export interface GrantInput {
  title: string;
  summary?: string;
  budgetCents: number;
  closesAt?: string;
}

@Injectable()
export class GrantsService {
  private readonly logger = new Logger(GrantsService.name);

  constructor(@Inject(DRIZZLE) private readonly db: Database) {}

  list(user: SessionUser) {
    // ok: unscoped-tenant-query
    return this.db.select().from(grants).where(eq(grants.workspaceId, user.workspaceId)).orderBy(desc(grants.createdAt));
  }

  async getOwned(user: SessionUser, id: string) {
    // ok: unscoped-tenant-query
    const [grant] = await this.db.select().from(grants).where(and(eq(grants.id, id), eq(grants.workspaceId, user.workspaceId)));
    if (!grant) throw new NotFoundException('grant not found');
    return grant;
  }

  async get(id: string) {
    // expect: unscoped-tenant-query
    const [grant] = await this.db.select().from(grants).where(eq(grants.id, id));
    return grant ?? null;
  }

  async create(user: SessionUser, input: GrantInput) {
    // ok: token-logging
    this.logger.log(`grant created by ${user.email} in ${user.workspaceId}`);
    const [row] = await this.db
      .insert(grants)
      .values({ workspaceId: user.workspaceId, title: input.title, summary: input.summary, budgetCents: input.budgetCents })
      .returning();
    return row;
  }

  async update(user: SessionUser, id: string, patch: Partial<GrantInput> & Record<string, unknown>) {
    const grant = await this.getOwned(user, id);
    // ok: unscoped-tenant-query
    const [row] = await this.db.update(grants).set(patch).where(eq(grants.id, grant.id)).returning();
    return row;
  }

  async applicationsOf(user: SessionUser, grantId: string) {
    const grant = await this.getOwned(user, grantId);
    // ok: unscoped-tenant-query
    return this.db.select().from(applications).where(eq(applications.grantId, grant.id));
  }

  async remove(user: SessionUser, id: string) {
    // ok: unscoped-tenant-query
    await this.db.delete(grants).where(and(eq(grants.id, id), eq(grants.workspaceId, user.workspaceId)));
  }
}
