import { pgTable, text, integer, boolean, timestamp, uuid } from 'drizzle-orm/pg-core';

export const teams = pgTable('teams', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  slug: text('slug').notNull().unique(),
});

export const users = pgTable('users', {
  id: uuid('id').primaryKey().defaultRandom(),
  teamId: uuid('team_id').references(() => teams.id).notNull(),
  email: text('email').notNull().unique(),
  name: text('name').notNull(),
  passwordHash: text('password_hash').notNull(),
  role: text('role').$type<'owner' | 'coordinator' | 'viewer'>().notNull().default('viewer'),
});

export const sessions = pgTable('sessions', {
  id: text('id').primaryKey(),
  userId: uuid('user_id').references(() => users.id).notNull(),
  expiresAt: timestamp('expires_at').notNull(),
});

export const venues = pgTable('venues', {
  id: uuid('id').primaryKey().defaultRandom(),
  teamId: uuid('team_id').references(() => teams.id).notNull(),
  name: text('name').notNull(),
  slug: text('slug').notNull().unique(),
  capacity: integer('capacity').notNull(),
  dayRateCents: integer('day_rate_cents').notNull(),
  isListed: boolean('is_listed').notNull().default(false),
  floorPlanKey: text('floor_plan_key'),
});

export const events = pgTable('events', {
  id: uuid('id').primaryKey().defaultRandom(),
  teamId: uuid('team_id').references(() => teams.id).notNull(),
  venueId: uuid('venue_id').references(() => venues.id).notNull(),
  title: text('title').notNull(),
  clientName: text('client_name').notNull(),
  clientEmail: text('client_email').notNull(),
  startsAt: timestamp('starts_at').notNull(),
  endsAt: timestamp('ends_at').notNull(),
  status: text('status').notNull().default('tentative'),
  notes: text('notes'),
  externalCalendarId: text('external_calendar_id'),
});

export const invoices = pgTable('invoices', {
  id: uuid('id').primaryKey().defaultRandom(),
  teamId: uuid('team_id').references(() => teams.id).notNull(),
  eventId: uuid('event_id').references(() => events.id).notNull(),
  amountCents: integer('amount_cents').notNull(),
  status: text('status').notNull().default('open'),
  stripeInvoiceId: text('stripe_invoice_id'),
});

export const enquiries = pgTable('enquiries', {
  id: uuid('id').primaryKey().defaultRandom(),
  teamId: uuid('team_id').references(() => teams.id).notNull(),
  venueId: uuid('venue_id').references(() => venues.id).notNull(),
  name: text('name').notNull(),
  email: text('email').notNull(),
  message: text('message').notNull(),
  createdAt: timestamp('created_at').notNull().defaultNow(),
});
