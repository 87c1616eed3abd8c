import { pgTable, text, timestamp, uuid, integer } from 'drizzle-orm/pg-core';

export const organizations = pgTable('organizations', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  plan: text('plan').notNull().default('free'),
});

export const contacts = pgTable('contacts', {
  id: uuid('id').primaryKey().defaultRandom(),
  organizationId: uuid('organization_id').notNull().references(() => organizations.id),
  name: text('name').notNull(),
  email: text('email').notNull(),
  ownerId: text('owner_id'),
});

export const deals = pgTable('deals', {
  id: uuid('id').primaryKey().defaultRandom(),
  organizationId: uuid('organization_id').notNull().references(() => organizations.id),
  contactId: uuid('contact_id').references(() => contacts.id),
  title: text('title').notNull(),
  amountCents: integer('amount_cents').notNull(),
  stage: text('stage').notNull().default('lead'),
  closedAt: timestamp('closed_at'),
});
