import { pgTable, text, timestamp, boolean, integer, uuid, pgEnum } from 'drizzle-orm/pg-core';

export const user = pgTable('user', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  email: text('email').notNull().unique(),
  emailVerified: boolean('email_verified').notNull().default(false),
  role: text('role').default('user'),
  createdAt: timestamp('created_at').notNull().defaultNow(),
});

export const organization = pgTable('organization', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  slug: text('slug').unique(),
  stripeAccountId: text('stripe_account_id'),
});

export const member = pgTable('member', {
  id: text('id').primaryKey(),
  organizationId: text('organization_id').notNull().references(() => organization.id, { onDelete: 'cascade' }),
  userId: text('user_id').notNull().references(() => user.id, { onDelete: 'cascade' }),
  role: text('role').notNull().default('member'),
});

export const customers = pgTable('customers', {
  id: uuid('id').primaryKey().defaultRandom(),
  organizationId: text('organization_id').notNull().references(() => organization.id),
  name: text('name').notNull(),
  email: text('email').notNull(),
  notes: text('notes'),
  accessCodeHash: text('access_code_hash'),
});

export const invoiceStatus = pgEnum('invoice_status', ['draft', 'sent', 'paid', 'void', 'overdue']);

export const invoices = pgTable('invoices', {
  id: uuid('id').primaryKey().defaultRandom(),
  organizationId: text('organization_id').notNull().references(() => organization.id),
  customerId: uuid('customer_id').notNull().references(() => customers.id),
  number: text('number').notNull(),
  amountCents: integer('amount_cents').notNull(),
  currency: text('currency').notNull().default('usd'),
  status: invoiceStatus('status').notNull().default('draft'),
  dueAt: timestamp('due_at'),
  emailStatus: text('email_status'),
  stripePaymentIntentId: text('stripe_payment_intent_id'),
});

export const payments = pgTable('payments', {
  id: uuid('id').primaryKey().defaultRandom(),
  organizationId: text('organization_id').notNull().references(() => organization.id),
  invoiceId: uuid('invoice_id').notNull().references(() => invoices.id),
  amountCents: integer('amount_cents').notNull(),
  refunded: boolean('refunded').notNull().default(false),
  stripeChargeId: text('stripe_charge_id'),
});

import { relations } from 'drizzle-orm';

export const invoicesRelations = relations(invoices, ({ one }) => ({
  customer: one(customers, { fields: [invoices.customerId], references: [customers.id] }),
  organization: one(organization, { fields: [invoices.organizationId], references: [organization.id] }),
}));

export const customersRelations = relations(customers, ({ many }) => ({
  invoices: many(invoices),
}));
