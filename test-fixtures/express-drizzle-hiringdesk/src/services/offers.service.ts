import { sql, and, eq } from 'drizzle-orm';
import { db, applications } from '../db/index.js';

export class OffersService {
  async listForOrg(orgId: string) {
    // ok: unscoped-tenant-query
    const result = await db.execute(sql`
      select a.id, a.stage, c.full_name
      from applications a join candidates c on c.id = a.candidate_id
      where a.organization_id = ${orgId} and a.stage = 'offer'`);
    return result.rows;
  }

  async getOffer(applicationId: string) {
    // expect: unscoped-tenant-query
    const result = await db.execute(sql`select * from applications where id = ${applicationId} and stage = 'offer'`);
    return result.rows[0] ?? null;
  }

  async withdraw(orgId: string, applicationId: string) {
    // ok: unscoped-tenant-query
    await db
      .update(applications)
      .set({ stage: 'rejected' })
      .where(and(eq(applications.id, applicationId), eq(applications.organizationId, orgId)));
  }
}

export const offersService = new OffersService();
