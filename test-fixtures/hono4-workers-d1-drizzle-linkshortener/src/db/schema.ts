import { integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';

export const workspaces = sqliteTable('workspaces', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  plan: text('plan', { enum: ['free', 'pro'] }).notNull().default('free'),
  createdAt: integer('created_at', { mode: 'timestamp' }).notNull(),
});

export const users = sqliteTable('users', {
  id: text('id').primaryKey(),
  email: text('email').notNull().unique(),
  passwordHash: text('password_hash').notNull(),
  isStaff: integer('is_staff', { mode: 'boolean' }).notNull().default(false),
  createdAt: integer('created_at', { mode: 'timestamp' }).notNull(),
});

export const memberships = sqliteTable(
  'memberships',
  {
    userId: text('user_id').notNull(),
    workspaceId: text('workspace_id').notNull(),
    role: text('role', { enum: ['owner', 'editor', 'viewer'] }).notNull(),
  },
  (t) => ({ pk: primaryKey({ columns: [t.userId, t.workspaceId] }) }),
);

export const links = sqliteTable('links', {
  id: text('id').primaryKey(),
  workspaceId: text('workspace_id').notNull(),
  slug: text('slug').notNull().unique(),
  url: text('url').notNull(),
  title: text('title'),
  archived: integer('archived', { mode: 'boolean' }).notNull().default(false),
  createdBy: text('created_by').notNull(),
  createdAt: integer('created_at', { mode: 'timestamp' }).notNull(),
});

export const apiKeys = sqliteTable('api_keys', {
  id: text('id').primaryKey(),
  workspaceId: text('workspace_id').notNull(),
  name: text('name').notNull(),
  keyHash: text('key_hash').notNull(),
  createdAt: integer('created_at', { mode: 'timestamp' }).notNull(),
});
