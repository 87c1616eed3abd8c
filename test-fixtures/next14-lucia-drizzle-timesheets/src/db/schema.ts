import { boolean, integer, pgTable, text, timestamp, date } from 'drizzle-orm/pg-core';

export const teams = pgTable('teams', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  slug: text('slug').notNull().unique(),
  createdAt: timestamp('created_at').defaultNow().notNull(),
});

export const users = pgTable('users', {
  id: text('id').primaryKey(),
  email: text('email').notNull().unique(),
  name: text('name').notNull(),
  hashedPassword: text('hashed_password').notNull(),
  teamId: text('team_id').notNull().references(() => teams.id),
  role: text('role', { enum: ['member', 'manager'] }).notNull().default('member'),
  platformAdmin: boolean('platform_admin').notNull().default(false),
});

export const sessions = pgTable('sessions', {
  id: text('id').primaryKey(),
  userId: text('user_id').notNull().references(() => users.id),
  expiresAt: timestamp('expires_at', { withTimezone: true, mode: 'date' }).notNull(),
});

export const projects = pgTable('projects', {
  id: text('id').primaryKey(),
  teamId: text('team_id').notNull().references(() => teams.id),
  name: text('name').notNull(),
  clientName: text('client_name'),
  hourlyRateCents: integer('hourly_rate_cents').notNull().default(0),
  archived: boolean('archived').notNull().default(false),
});

export const timeEntries = pgTable('time_entries', {
  id: text('id').primaryKey(),
  teamId: text('team_id').notNull().references(() => teams.id),
  userId: text('user_id').notNull().references(() => users.id),
  projectId: text('project_id').notNull().references(() => projects.id),
  day: date('day').notNull(),
  minutes: integer('minutes').notNull(),
  note: text('note'),
  status: text('status', { enum: ['draft', 'submitted', 'approved', 'locked'] }).notNull().default('draft'),
});

export const receipts = pgTable('receipts', {
  id: text('id').primaryKey(),
  teamId: text('team_id').notNull().references(() => teams.id),
  entryId: text('entry_id').references(() => timeEntries.id),
  url: text('url').notNull(),
});

export const billingEvents = pgTable('billing_events', {
  id: text('id').primaryKey(),
  teamId: text('team_id').references(() => teams.id),
  type: text('type').notNull(),
  payload: text('payload').notNull(),
});
