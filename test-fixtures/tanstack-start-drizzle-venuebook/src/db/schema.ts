import { pgTable, text, timestamp, integer, boolean, pgEnum } from 'drizzle-orm/pg-core';

export const memberRole = pgEnum('member_role', ['owner', 'admin', 'staff']);

export const user = pgTable('user', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  email: text('email').notNull().unique(),
  emailVerified: boolean('email_verified').notNull().default(false),
  role: text('role').notNull().default('user'),
  createdAt: timestamp('created_at').notNull().defaultNow(),
});

export const organization = pgTable('organization', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  slug: text('slug').notNull().unique(),
  plan: text('plan').notNull().default('starter'),
});

export const member = pgTable('member', {
  id: text('id').primaryKey(),
  organizationId: text('organization_id').notNull().references(() => organization.id),
  userId: text('user_id').notNull().references(() => user.id),
  role: memberRole('role').notNull().default('staff'),
});

export const venue = pgTable('venue', {
  id: text('id').primaryKey(),
  organizationId: text('organization_id').notNull().references(() => organization.id),
  name: text('name').notNull(),
  city: text('city').notNull(),
  capacity: integer('capacity').notNull(),
  published: boolean('published').notNull().default(false),
});

export const booking = pgTable('booking', {
  id: text('id').primaryKey(),
  organizationId: text('organization_id').notNull().references(() => organization.id),
  venueId: text('venue_id').notNull().references(() => venue.id),
  customerEmail: text('customer_email').notNull(),
  startsAt: timestamp('starts_at').notNull(),
  endsAt: timestamp('ends_at').notNull(),
  status: text('status').notNull().default('pending'),
  notes: text('notes'),
  totalCents: integer('total_cents').notNull(),
});

export const invoice = pgTable('invoice', {
  id: text('id').primaryKey(),
  organizationId: text('organization_id').notNull().references(() => organization.id),
  bookingId: text('booking_id').notNull().references(() => booking.id),
  stripeInvoiceId: text('stripe_invoice_id'),
  status: text('status').notNull().default('open'),
  amountCents: integer('amount_cents').notNull(),
});
