import { boolean, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

export const user = pgTable('user', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  email: text('email').notNull().unique(),
  emailVerified: boolean('email_verified').notNull().default(false),
  emailBounced: boolean('email_bounced').notNull().default(false),
  role: text('role').notNull().default('user'),
  createdAt: timestamp('created_at').notNull().defaultNow(),
});

export const organization = pgTable('organization', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  slug: text('slug').unique(),
  logo: text('logo'),
  plan: text('plan').notNull().default('free'),
  stripeCustomerId: text('stripe_customer_id'),
  createdAt: timestamp('created_at').notNull().defaultNow(),
});

export const session = pgTable('session', {
  id: text('id').primaryKey(),
  token: text('token').notNull().unique(),
  userId: text('user_id').notNull().references(() => user.id),
  activeOrganizationId: text('active_organization_id'),
  expiresAt: timestamp('expires_at').notNull(),
});

export const member = pgTable('member', {
  id: text('id').primaryKey(),
  organizationId: text('organization_id').notNull().references(() => organization.id),
  userId: text('user_id').notNull().references(() => user.id),
  role: text('role').notNull().default('member'),
  createdAt: timestamp('created_at').notNull().defaultNow(),
});

export const objectives = pgTable('objectives', {
  id: text('id').primaryKey(),
  organizationId: text('organization_id').notNull().references(() => organization.id),
  ownerId: text('owner_id').notNull().references(() => user.id),
  title: text('title').notNull(),
  quarter: text('quarter').notNull(),
  archived: boolean('archived').notNull().default(false),
  createdAt: timestamp('created_at').notNull().defaultNow(),
});

export const keyResults = pgTable('key_results', {
  id: text('id').primaryKey(),
  organizationId: text('organization_id').notNull().references(() => organization.id),
  objectiveId: text('objective_id').notNull().references(() => objectives.id),
  title: text('title').notNull(),
  target: integer('target').notNull(),
  current: integer('current').notNull().default(0),
});

export const checkIns = pgTable('check_ins', {
  id: text('id').primaryKey(),
  organizationId: text('organization_id').notNull().references(() => organization.id),
  keyResultId: text('key_result_id').notNull().references(() => keyResults.id),
  authorId: text('author_id').notNull().references(() => user.id),
  value: integer('value').notNull(),
  note: text('note'),
  createdAt: timestamp('created_at').notNull().defaultNow(),
});

export const attachments = pgTable('attachments', {
  id: text('id').primaryKey(),
  organizationId: text('organization_id').notNull().references(() => organization.id),
  uploadedBy: text('uploaded_by').notNull().references(() => user.id),
  url: text('url').notNull(),
  contentType: text('content_type').notNull(),
  size: integer('size').notNull(),
});
