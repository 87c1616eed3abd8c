import { sqliteTable, text, integer } from 'drizzle-orm/sqlite-core';

export const agencies = sqliteTable('agencies', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  name: text('name').notNull(),
  plan: text('plan').default('basic'),
  stripeCustomerId: text('stripe_customer_id'),
});

export const users = sqliteTable('users', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  email: text('email').notNull().unique(),
  name: text('name'),
  passwordHash: text('password_hash').notNull(),
  role: text('role', { enum: ['owner', 'manager', 'sitter'] }).notNull().default('sitter'),
  agencyId: integer('agency_id').notNull().references(() => agencies.id),
});

export const clients = sqliteTable('clients', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  agencyId: integer('agency_id').notNull().references(() => agencies.id),
  name: text('name').notNull(),
  phone: text('phone'),
  address: text('address'),
  keyLockboxCode: text('key_lockbox_code'),
});

export const pets = sqliteTable('pets', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  agencyId: integer('agency_id').notNull().references(() => agencies.id),
  clientId: integer('client_id').notNull().references(() => clients.id),
  name: text('name').notNull(),
  species: text('species'),
  medication: text('medication'),
});

export const sitterProfiles = sqliteTable('sitter_profiles', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  agencyId: integer('agency_id').notNull().references(() => agencies.id),
  userId: integer('user_id').notNull().references(() => users.id),
  slug: text('slug').notNull().unique(),
  bio: text('bio'),
  published: integer('published', { mode: 'boolean' }).default(false),
});

export const bookings = sqliteTable('bookings', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  agencyId: integer('agency_id').notNull().references(() => agencies.id),
  clientId: integer('client_id').notNull().references(() => clients.id),
  sitterId: integer('sitter_id').references(() => users.id),
  startsAt: integer('starts_at', { mode: 'timestamp' }).notNull(),
  endsAt: integer('ends_at', { mode: 'timestamp' }).notNull(),
  status: text('status').default('requested'),
  notes: text('notes'),
});

export const invoices = sqliteTable('invoices', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  agencyId: integer('agency_id').notNull().references(() => agencies.id),
  bookingId: integer('booking_id').references(() => bookings.id),
  amountCents: integer('amount_cents').notNull(),
  status: text('status').default('open'),
});

export const photos = sqliteTable('photos', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  agencyId: integer('agency_id').notNull().references(() => agencies.id),
  bookingId: integer('booking_id').notNull(),
  path: text('path').notNull(),
});
