import { boolean, integer, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const memberRole = pgEnum('member_role', ['owner', 'admin', 'reviewer', 'member']);
export const grantStatus = pgEnum('grant_status', ['draft', 'open', 'closed', 'archived']);

export const organizations = pgTable('organizations', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  slug: text('slug').notNull().unique(),
  plan: text('plan').notNull().default('free'),
  stripeCustomerId: text('stripe_customer_id'),
  createdAt: timestamp('created_at').defaultNow().notNull(),
});

// one row per Supabase auth user (id = auth.users.id)
export const profiles = pgTable('profiles', {
  id: uuid('id').primaryKey(),
  email: text('email').notNull(),
  fullName: text('full_name'),
  isPlatformAdmin: boolean('is_platform_admin').notNull().default(false),
});

export const memberships = pgTable('memberships', {
  id: uuid('id').primaryKey().defaultRandom(),
  orgId: uuid('org_id').notNull().references(() => organizations.id, { onDelete: 'cascade' }),
  userId: uuid('user_id').notNull().references(() => profiles.id, { onDelete: 'cascade' }),
  role: memberRole('role').notNull().default('member'),
  createdAt: timestamp('created_at').defaultNow().notNull(),
});

export const invitations = pgTable('invitations', {
  id: uuid('id').primaryKey().defaultRandom(),
  orgId: uuid('org_id').notNull().references(() => organizations.id, { onDelete: 'cascade' }),
  email: text('email').notNull(),
  role: memberRole('role').notNull().default('member'),
  token: text('token').notNull().unique(),
  bouncedAt: timestamp('bounced_at'),
  expiresAt: timestamp('expires_at').notNull(),
});

export const grants = pgTable('grants', {
  id: uuid('id').primaryKey().defaultRandom(),
  orgId: uuid('org_id').notNull().references(() => organizations.id, { onDelete: 'cascade' }),
  title: text('title').notNull(),
  funder: text('funder').notNull(),
  amountCents: integer('amount_cents').notNull(),
  status: grantStatus('status').notNull().default('draft'),
  notes: text('notes'),
  deadline: timestamp('deadline'),
  createdBy: uuid('created_by').references(() => profiles.id),
});

export const applications = pgTable('applications', {
  id: uuid('id').primaryKey().defaultRandom(),
  orgId: uuid('org_id').notNull().references(() => organizations.id, { onDelete: 'cascade' }),
  grantId: uuid('grant_id').notNull().references(() => grants.id, { onDelete: 'cascade' }),
  applicantName: text('applicant_name').notNull(),
  applicantEmail: text('applicant_email').notNull(),
  narrative: text('narrative'),
  status: text('status').notNull().default('submitted'),
  seenAt: timestamp('seen_at'),
  submittedAt: timestamp('submitted_at').defaultNow().notNull(),
});

export const documents = pgTable('documents', {
  id: uuid('id').primaryKey().defaultRandom(),
  orgId: uuid('org_id').notNull().references(() => organizations.id, { onDelete: 'cascade' }),
  applicationId: uuid('application_id').references(() => applications.id),
  url: text('url').notNull(),
  fileName: text('file_name').notNull(),
  contentType: text('content_type').notNull(),
  uploadedBy: uuid('uploaded_by').references(() => profiles.id),
});

export const fundingPrograms = pgTable('funding_programs', {
  id: uuid('id').primaryKey().defaultRandom(),
  orgId: uuid('org_id').notNull().references(() => organizations.id, { onDelete: 'cascade' }),
  title: text('title').notNull(),
  summary: text('summary').notNull(),
  published: boolean('published').notNull().default(false),
});
