import { integer, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const roleEnum = pgEnum('member_role', ['owner', 'editor', 'viewer']);

export const workspaces = pgTable('workspaces', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  plan: text('plan').notNull().default('hobby'),
  paddleSubscriptionId: text('paddle_subscription_id'),
});

export const users = pgTable('users', {
  id: uuid('id').primaryKey().defaultRandom(),
  email: text('email').notNull().unique(),
  passwordHash: text('password_hash').notNull(),
  displayName: text('display_name').notNull(),
  role: roleEnum('role').notNull().default('editor'),
  workspaceId: uuid('workspace_id').notNull().references(() => workspaces.id),
  resetTokenHash: text('reset_token_hash'),
  resetExpiresAt: timestamp('reset_expires_at'),
});

export const shows = pgTable('shows', {
  id: uuid('id').primaryKey().defaultRandom(),
  workspaceId: uuid('workspace_id').notNull().references(() => workspaces.id),
  slug: text('slug').notNull().unique(),
  title: text('title').notNull(),
  description: text('description'),
  coverKey: text('cover_key'),
});

export const episodes = pgTable('episodes', {
  id: uuid('id').primaryKey().defaultRandom(),
  workspaceId: uuid('workspace_id').notNull().references(() => workspaces.id),
  showId: uuid('show_id').notNull().references(() => shows.id),
  title: text('title').notNull(),
  notes: text('notes'),
  audioKey: text('audio_key'),
  artworkKey: text('artwork_key'),
  transcript: text('transcript'),
  status: text('status').notNull().default('draft'),
  publishedAt: timestamp('published_at'),
  downloads: integer('downloads').notNull().default(0),
});

export const apiKeys = pgTable('api_keys', {
  id: uuid('id').primaryKey().defaultRandom(),
  workspaceId: uuid('workspace_id').notNull().references(() => workspaces.id),
  label: text('label').notNull(),
  keyHash: text('key_hash').notNull(),
  lastFour: text('last_four').notNull(),
  createdAt: timestamp('created_at').notNull().defaultNow(),
});
