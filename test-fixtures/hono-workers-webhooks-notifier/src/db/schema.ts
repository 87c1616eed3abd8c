import { sqliteTable, text, integer } from 'drizzle-orm/sqlite-core';

export const teams = sqliteTable('teams', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  apiTokenHash: text('api_token_hash').notNull(),
});

export const channels = sqliteTable('channels', {
  id: text('id').primaryKey(),
  teamId: text('team_id').notNull(),
  kind: text('kind').notNull(),
  target: text('target').notNull(),
});

export const notifications = sqliteTable('notifications', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  source: text('source').notNull(),
  title: text('title').notNull(),
  body: text('body'),
  createdAt: integer('created_at', { mode: 'timestamp' }).notNull(),
});

export const incidents = sqliteTable('incidents', {
  id: text('id').primaryKey(),
  provider: text('provider').notNull(),
  status: text('status').notNull(),
  updatedAt: integer('updated_at', { mode: 'timestamp' }).notNull(),
});
