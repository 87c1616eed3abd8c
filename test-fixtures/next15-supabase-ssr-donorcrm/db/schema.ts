import { relations } from 'drizzle-orm';
import { boolean, integer, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const memberRole = pgEnum('member_role', ['owner', 'admin', 'fundraiser', 'viewer']);

export const organizations = pgTable('organizations', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  suspended: boolean('suspended').notNull().default(false),
  createdAt: timestamp('created_at').notNull().defaultNow(),
});

export const memberships = pgTable('memberships', {
  id: uuid('id').primaryKey().defaultRandom(),
  orgId: uuid('org_id').notNull().references(() => organizations.id),
  userId: uuid('user_id').notNull(),
  role: memberRole('role').notNull().default('viewer'),
});

export const donors = pgTable('donors', {
  id: uuid('id').primaryKey().defaultRandom(),
  orgId: uuid('org_id').notNull().references(() => organizations.id),
  fullName: text('full_name').notNull(),
  email: text('email'),
  emailOptIn: boolean('email_opt_in').notNull().default(true),
  notes: text('notes'),
  archived: boolean('archived').notNull().default(false),
});

export const campaigns = pgTable('campaigns', {
  id: uuid('id').primaryKey().defaultRandom(),
  orgId: uuid('org_id').notNull().references(() => organizations.id),
  slug: text('slug').notNull().unique(),
  title: text('title').notNull(),
  goalCents: integer('goal_cents').notNull(),
  raisedCents: integer('raised_cents').notNull().default(0),
  status: text('status').notNull().default('draft'),
});

export const donations = pgTable('donations', {
  id: uuid('id').primaryKey().defaultRandom(),
  orgId: uuid('org_id').notNull().references(() => organizations.id),
  donorId: uuid('donor_id').notNull().references(() => donors.id),
  campaignId: uuid('campaign_id').references(() => campaigns.id),
  amountCents: integer('amount_cents').notNull(),
  stripePaymentIntent: text('stripe_payment_intent'),
  createdAt: timestamp('created_at').notNull().defaultNow(),
});

export const receipts = pgTable('receipts', {
  id: uuid('id').primaryKey().defaultRandom(),
  orgId: uuid('org_id').notNull().references(() => organizations.id),
  donationId: uuid('donation_id').references(() => donations.id),
  storagePath: text('storage_path').notNull(),
});

export const pledges = pgTable('pledges', {
  id: uuid('id').primaryKey().defaultRandom(),
  orgId: uuid('org_id').notNull().references(() => organizations.id),
  donorId: uuid('donor_id').notNull().references(() => donors.id),
  amountCents: integer('amount_cents').notNull(),
  dueOn: timestamp('due_on').notNull(),
});

export const donationsRelations = relations(donations, ({ one }) => ({
  donor: one(donors, { fields: [donations.donorId], references: [donors.id] }),
}));
