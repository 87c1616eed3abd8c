import { boolean, integer, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const roleEnum = pgEnum('member_role', ['owner', 'manager', 'member']);

export const organizations = pgTable('organizations', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  stripeCustomerId: text('stripe_customer_id'),
  createdAt: timestamp('created_at').defaultNow().notNull(),
});

export const users = pgTable('users', {
  id: uuid('id').primaryKey().defaultRandom(),
  organizationId: uuid('organization_id').notNull().references(() => organizations.id),
  email: text('email').notNull().unique(),
  name: text('name').notNull(),
  passwordHash: text('password_hash').notNull(),
  role: roleEnum('role').default('member').notNull(),
});

export const spaces = pgTable('spaces', {
  id: uuid('id').primaryKey().defaultRandom(),
  organizationId: uuid('organization_id').notNull().references(() => organizations.id),
  name: text('name').notNull(),
  kind: text('kind').notNull(),
  capacity: integer('capacity').notNull(),
  isPublic: boolean('is_public').default(false).notNull(),
  hourlyRateCents: integer('hourly_rate_cents').notNull(),
});

export const bookings = pgTable('bookings', {
  id: uuid('id').primaryKey().defaultRandom(),
  organizationId: uuid('organization_id').notNull().references(() => organizations.id),
  userId: uuid('user_id').notNull().references(() => users.id),
  spaceId: uuid('space_id').notNull().references(() => spaces.id),
  startsAt: timestamp('starts_at').notNull(),
  endsAt: timestamp('ends_at').notNull(),
  status: text('status').default('confirmed').notNull(),
  note: text('note'),
});

export const invoices = pgTable('invoices', {
  id: uuid('id').primaryKey().defaultRandom(),
  organizationId: uuid('organization_id').notNull().references(() => organizations.id),
  number: text('number').notNull(),
  amountCents: integer('amount_cents').notNull(),
  status: text('status').default('open').notNull(),
  issuedAt: timestamp('issued_at').defaultNow().notNull(),
});

export const memberDocuments = pgTable('member_documents', {
  id: uuid('id').primaryKey().defaultRandom(),
  organizationId: uuid('organization_id').notNull().references(() => organizations.id),
  userId: uuid('user_id').notNull().references(() => users.id),
  filename: text('filename').notNull(),
  contentType: text('content_type').notNull(),
  storageKey: text('storage_key').notNull(),
});

export const doorEvents = pgTable('door_events', {
  id: uuid('id').primaryKey().defaultRandom(),
  organizationId: uuid('organization_id').notNull().references(() => organizations.id),
  badgeId: text('badge_id').notNull(),
  door: text('door').notNull(),
  at: timestamp('at').notNull(),
});
