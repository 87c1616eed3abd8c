import { relations } from 'drizzle-orm';
import { boolean, integer, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const campaignStatus = pgEnum('campaign_status', ['draft', 'published', 'closed']);
export const payoutStatus = pgEnum('payout_status', ['pending', 'in_transit', 'paid', 'failed']);

// one row per nonprofit; `workosOrgId` is the AuthKit organization the staff sign in to
export const organizations = pgTable('organizations', {
  id: uuid('id').primaryKey().defaultRandom(),
  workosOrgId: text('workos_org_id').notNull().unique(),
  name: text('name').notNull(),
  charityNumber: text('charity_number'),
  stripeAccountId: text('stripe_account_id'),
  createdAt: timestamp('created_at').defaultNow().notNull(),
});

export const campaigns = pgTable('campaigns', {
  id: uuid('id').primaryKey().defaultRandom(),
  orgId: uuid('org_id').references(() => organizations.id).notNull(),
  slug: text('slug').notNull().unique(),
  title: text('title').notNull(),
  story: text('story'),
  goalCents: integer('goal_cents').notNull(),
  raisedCents: integer('raised_cents').notNull().default(0),
  status: campaignStatus('status').notNull().default('draft'),
  createdAt: timestamp('created_at').defaultNow().notNull(),
});

export const donors = pgTable('donors', {
  id: uuid('id').primaryKey().defaultRandom(),
  orgId: uuid('org_id').references(() => organizations.id).notNull(),
  kindeUserId: text('kinde_user_id'),
  email: text('email').notNull(),
  fullName: text('full_name'),
  giftAid: boolean('gift_aid').notNull().default(false),
  addressLine: text('address_line'),
});

export const donations = pgTable('donations', {
  id: uuid('id').primaryKey().defaultRandom(),
  orgId: uuid('org_id').references(() => organizations.id).notNull(),
  campaignId: uuid('campaign_id').references(() => campaigns.id).notNull(),
  donorId: uuid('donor_id').references(() => donors.id).notNull(),
  amountCents: integer('amount_cents').notNull(),
  currency: text('currency').notNull().default('usd'),
  stripePaymentIntentId: text('stripe_payment_intent_id'),
  refunded: boolean('refunded').notNull().default(false),
  createdAt: timestamp('created_at').defaultNow().notNull(),
});

export const pledges = pgTable('pledges', {
  id: uuid('id').primaryKey().defaultRandom(),
  orgId: uuid('org_id').references(() => organizations.id).notNull(),
  donorId: uuid('donor_id').references(() => donors.id).notNull(),
  campaignId: uuid('campaign_id').references(() => campaigns.id).notNull(),
  monthlyCents: integer('monthly_cents').notNull(),
  active: boolean('active').notNull().default(true),
});

export const receipts = pgTable('receipts', {
  id: uuid('id').primaryKey().defaultRandom(),
  orgId: uuid('org_id').references(() => organizations.id).notNull(),
  donationId: uuid('donation_id').references(() => donations.id).notNull(),
  number: text('number').notNull(),
  pdfKey: text('pdf_key').notNull(),
  issuedAt: timestamp('issued_at').defaultNow().notNull(),
});

export const payouts = pgTable('payouts', {
  id: uuid('id').primaryKey().defaultRandom(),
  orgId: uuid('org_id').references(() => organizations.id).notNull(),
  amountCents: integer('amount_cents').notNull(),
  status: payoutStatus('status').notNull().default('pending'),
  providerRef: text('provider_ref'),
  arrivalDate: timestamp('arrival_date'),
});

export const campaignRelations = relations(campaigns, ({ one, many }) => ({
  organization: one(organizations, { fields: [campaigns.orgId], references: [organizations.id] }),
  donations: many(donations),
}));
