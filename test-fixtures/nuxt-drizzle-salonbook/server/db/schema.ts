import { pgTable, text, timestamp, integer, uuid, boolean } from 'drizzle-orm/pg-core'

export const salons = pgTable('salons', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  plan: text('plan').notNull().default('free'),
  stripeCustomerId: text('stripe_customer_id'),
})

export const users = pgTable('users', {
  id: uuid('id').primaryKey().defaultRandom(),
  salonId: uuid('salon_id').notNull().references(() => salons.id),
  email: text('email').notNull().unique(),
  name: text('name').notNull(),
  passwordHash: text('password_hash').notNull(),
  role: text('role').notNull().default('stylist'),
  avatarUrl: text('avatar_url'),
})

export const clients = pgTable('clients', {
  id: uuid('id').primaryKey().defaultRandom(),
  salonId: uuid('salon_id').notNull().references(() => salons.id),
  name: text('name').notNull(),
  phone: text('phone'),
  notes: text('notes'),
})

export const appointments = pgTable('appointments', {
  id: uuid('id').primaryKey().defaultRandom(),
  salonId: uuid('salon_id').notNull().references(() => salons.id),
  clientId: uuid('client_id').notNull().references(() => clients.id),
  stylistId: uuid('stylist_id').notNull().references(() => users.id),
  startsAt: timestamp('starts_at').notNull(),
  durationMin: integer('duration_min').notNull(),
  status: text('status').notNull().default('booked'),
  paid: boolean('paid').notNull().default(false),
})
