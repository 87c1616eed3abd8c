import { sqliteTable, text, integer } from 'drizzle-orm/sqlite-core';

// newer tables go through Drizzle; the first ones are still raw SQL (migrations/0001_init.sql)
export const comments = sqliteTable('comments', {
  id: text('id').primaryKey(),
  workspaceId: text('workspace_id').notNull(),
  episodeId: text('episode_id').notNull(),
  authorId: text('author_id').notNull(),
  body: text('body').notNull(),
  resolved: integer('resolved', { mode: 'boolean' }).notNull().default(false),
});
