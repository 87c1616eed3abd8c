import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core'

export const workspaces = sqliteTable('workspaces', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  plan: text('plan').notNull().default('free'),
  stripeCustomerId: text('stripe_customer_id'),
})

export const users = sqliteTable('users', {
  id: text('id').primaryKey(),
  workspaceId: text('workspace_id').notNull().references(() => workspaces.id),
  email: text('email').notNull().unique(),
  passwordHash: text('password_hash').notNull(),
  role: text('role', { enum: ['owner', 'editor', 'viewer'] }).notNull().default('viewer'),
})

export const surveys = sqliteTable('surveys', {
  id: text('id').primaryKey(),
  workspaceId: text('workspace_id').notNull().references(() => workspaces.id),
  slug: text('slug').notNull().unique(),
  title: text('title').notNull(),
  questions: text('questions', { mode: 'json' }).notNull(),
  published: integer('published', { mode: 'boolean' }).notNull().default(false),
})

export const responses = sqliteTable('responses', {
  id: text('id').primaryKey(),
  workspaceId: text('workspace_id').notNull().references(() => workspaces.id),
  surveyId: text('survey_id').notNull().references(() => surveys.id),
  answers: text('answers', { mode: 'json' }).notNull(),
  submittedAt: integer('submitted_at', { mode: 'timestamp' }).notNull(),
})

export const emailEvents = sqliteTable('email_events', {
  id: text('id').primaryKey(),
  recipient: text('recipient').notNull(),
  kind: text('kind').notNull(),
  at: integer('at', { mode: 'timestamp' }).notNull(),
})
