import { boolean, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const teams = pgTable('teams', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  plan: text('plan').notNull().default('hobby'),
  stripeCustomerId: text('stripe_customer_id'),
});

export const users = pgTable('users', {
  id: uuid('id').primaryKey().defaultRandom(),
  teamId: uuid('team_id').notNull().references(() => teams.id),
  email: text('email').notNull().unique(),
  name: text('name').notNull(),
  passwordHash: text('password_hash').notNull(),
  role: text('role', { enum: ['owner', 'editor', 'viewer'] }).notNull().default('editor'),
  isStaff: boolean('is_staff').notNull().default(false),
});

export const shows = pgTable('shows', {
  id: uuid('id').primaryKey().defaultRandom(),
  teamId: uuid('team_id').notNull().references(() => teams.id),
  title: text('title').notNull(),
  slug: text('slug').notNull().unique(),
  description: text('description'),
  artworkUrl: text('artwork_url'),
  isPublic: boolean('is_public').notNull().default(false),
});

export const episodes = pgTable('episodes', {
  id: uuid('id').primaryKey().defaultRandom(),
  teamId: uuid('team_id').notNull().references(() => teams.id),
  showId: uuid('show_id').notNull().references(() => shows.id),
  title: text('title').notNull(),
  status: text('status', { enum: ['draft', 'scheduled', 'published'] }).notNull().default('draft'),
  audioKey: text('audio_key'),
  durationSeconds: integer('duration_seconds'),
  transcript: text('transcript'),
  publishedAt: timestamp('published_at'),
});

export const apiKeys = pgTable('api_keys', {
  id: uuid('id').primaryKey().defaultRandom(),
  teamId: uuid('team_id').notNull().references(() => teams.id),
  label: text('label').notNull(),
  keyHash: text('key_hash').notNull(),
  createdAt: timestamp('created_at').notNull().defaultNow(),
});
