import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

export const workspaces = sqliteTable('workspaces', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  plan: text('plan').notNull().default('free'),
  stripeCustomerId: text('stripe_customer_id'),
});

export const users = sqliteTable('users', {
  id: text('id').primaryKey(),
  email: text('email').notNull().unique(),
  passwordHash: text('password_hash').notNull(),
  emailBounced: integer('email_bounced', { mode: 'boolean' }).notNull().default(false),
  role: text('role', { enum: ['owner', 'editor', 'viewer', 'staff'] }).notNull().default('viewer'),
  workspaceId: text('workspace_id').notNull().references(() => workspaces.id),
});

export const forms = sqliteTable('forms', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  redirectUrl: text('redirect_url'),
  workspaceId: text('workspace_id').notNull().references(() => workspaces.id),
  createdAt: integer('created_at', { mode: 'timestamp' }).notNull(),
});

export const submissions = sqliteTable('submissions', {
  id: text('id').primaryKey(),
  formId: text('form_id').notNull().references(() => forms.id),
  workspaceId: text('workspace_id').notNull().references(() => workspaces.id),
  payload: text('payload', { mode: 'json' }).notNull(),
  createdAt: integer('created_at', { mode: 'timestamp' }).notNull(),
});

export const apiKeys = sqliteTable('api_keys', {
  id: text('id').primaryKey(),
  hash: text('hash').notNull().unique(),
  workspaceId: text('workspace_id').notNull().references(() => workspaces.id),
  revokedAt: integer('revoked_at', { mode: 'timestamp' }),
});
