import { relations } from 'drizzle-orm';
import { boolean, integer, pgEnum, pgTable, text, timestamp, uuid, numeric } from 'drizzle-orm/pg-core';

export const roleEnum = pgEnum('role', ['owner', 'admin', 'approver', 'member']);
export const claimStatus = pgEnum('claim_status', ['draft', 'submitted', 'approved', 'rejected', 'paid']);

export const organizations = pgTable('organizations', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  stripeCustomerId: text('stripe_customer_id'),
  plan: text('plan').notNull().default('free'),
  createdAt: timestamp('created_at').defaultNow().notNull(),
});

export const users = pgTable('users', {
  id: uuid('id').primaryKey().defaultRandom(),
  orgId: uuid('org_id').references(() => organizations.id).notNull(),
  email: text('email').notNull().unique(),
  name: text('name'),
  role: roleEnum('role').notNull().default('member'),
  passwordHash: text('password_hash'),
  resetTokenHash: text('reset_token_hash'),
  totpSecret: text('totp_secret'),
  totpEnabled: boolean('totp_enabled').notNull().default(false),
  createdAt: timestamp('created_at').defaultNow().notNull(),
});

export const claims = pgTable('claims', {
  id: uuid('id').primaryKey().defaultRandom(),
  orgId: uuid('org_id').references(() => organizations.id).notNull(),
  submitterId: uuid('submitter_id').references(() => users.id).notNull(),
  title: text('title').notNull(),
  amountCents: integer('amount_cents').notNull(),
  currency: text('currency').notNull().default('EUR'),
  status: claimStatus('status').notNull().default('draft'),
  notes: text('notes'),
  createdAt: timestamp('created_at').defaultNow().notNull(),
});

export const receipts = pgTable('receipts', {
  id: uuid('id').primaryKey().defaultRandom(),
  orgId: uuid('org_id').references(() => organizations.id).notNull(),
  claimId: uuid('claim_id').references(() => claims.id).notNull(),
  storageKey: text('storage_key').notNull(),
  contentType: text('content_type').notNull(),
  sizeBytes: integer('size_bytes').notNull(),
});

export const comments = pgTable('comments', {
  id: uuid('id').primaryKey().defaultRandom(),
  orgId: uuid('org_id').references(() => organizations.id).notNull(),
  claimId: uuid('claim_id').references(() => claims.id).notNull(),
  authorId: uuid('author_id').references(() => users.id),
  body: text('body').notNull(),
  createdAt: timestamp('created_at').defaultNow().notNull(),
});

export const cardTransactions = pgTable('card_transactions', {
  id: uuid('id').primaryKey().defaultRandom(),
  orgId: uuid('org_id').references(() => organizations.id).notNull(),
  externalId: text('external_id').notNull().unique(),
  amountCents: integer('amount_cents').notNull(),
  merchant: text('merchant'),
});

// reference data shared by every organization
export const exchangeRates = pgTable('exchange_rates', {
  currency: text('currency').primaryKey(),
  rateToEur: numeric('rate_to_eur').notNull(),
  updatedAt: timestamp('updated_at').defaultNow().notNull(),
});

export const claimsRelations = relations(claims, ({ many, one }) => ({
  receipts: many(receipts),
  comments: many(comments),
  submitter: one(users, { fields: [claims.submitterId], references: [users.id] }),
}));
