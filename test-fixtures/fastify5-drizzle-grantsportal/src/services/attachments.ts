import { eq } from 'drizzle-orm';
import { attachments, db } from '../db';

export const attachmentsService = {
  async findById(id: string) {
    // expect: unscoped-tenant-query
    return db.query.attachments.findFirst({ where: eq(attachments.id, id) });
  },

  async create(row: typeof attachments.$inferInsert) {
    const [created] = await db.insert(attachments).values(row).returning();
    return created;
  },
};
