import { pgTable, text, timestamp, integer, uuid } from 'drizzle-orm/pg-core';

export const workspaces = pgTable('workspaces', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  githubInstallationId: text('github_installation_id'),
});

export const users = pgTable('users', {
  id: uuid('id').primaryKey().defaultRandom(),
  workspaceId: uuid('workspace_id').notNull().references(() => workspaces.id),
  email: text('email').notNull().unique(),
  passwordHash: text('password_hash').notNull(),
  role: text('role', { enum: ['owner', 'member', 'viewer'] }).notNull().default('member'),
});

export const boards = pgTable('boards', {
  id: uuid('id').primaryKey().defaultRandom(),
  workspaceId: uuid('workspace_id').notNull().references(() => workspaces.id),
  title: text('title').notNull(),
  createdAt: timestamp('created_at').defaultNow(),
});

export const cards = pgTable('cards', {
  id: uuid('id').primaryKey().defaultRandom(),
  workspaceId: uuid('workspace_id').notNull(),
  boardId: uuid('board_id').notNull().references(() => boards.id),
  title: text('title').notNull(),
  description: text('description'),
  position: integer('position').notNull().default(0),
  externalRef: text('external_ref'),
  attachmentUrl: text('attachment_url'),
});
