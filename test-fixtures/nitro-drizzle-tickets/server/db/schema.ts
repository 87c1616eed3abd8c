import { pgTable, text, timestamp, uuid, pgEnum, boolean } from 'drizzle-orm/pg-core'

export const roleEnum = pgEnum('role', ['requester', 'agent', 'admin'])
export const statusEnum = pgEnum('ticket_status', ['open', 'pending', 'solved', 'closed'])

export const organizations = pgTable('organizations', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  domain: text('domain').notNull(),
  createdAt: timestamp('created_at').defaultNow().notNull(),
})

export const users = pgTable('users', {
  id: uuid('id').primaryKey().defaultRandom(),
  orgId: uuid('org_id').notNull().references(() => organizations.id),
  email: text('email').notNull().unique(),
  name: text('name').notNull(),
  passwordHash: text('password_hash').notNull(),
  role: roleEnum('role').notNull().default('requester'),
  totpSecret: text('totp_secret'),
  mfaEnabled: boolean('mfa_enabled').notNull().default(false),
})

export const tickets = pgTable('tickets', {
  id: uuid('id').primaryKey().defaultRandom(),
  orgId: uuid('org_id').notNull().references(() => organizations.id),
  requesterId: uuid('requester_id').notNull().references(() => users.id),
  assigneeId: uuid('assignee_id').references(() => users.id),
  subject: text('subject').notNull(),
  body: text('body').notNull(),
  status: statusEnum('status').notNull().default('open'),
  externalRef: text('external_ref'),
  createdAt: timestamp('created_at').defaultNow().notNull(),
})

export const comments = pgTable('comments', {
  id: uuid('id').primaryKey().defaultRandom(),
  orgId: uuid('org_id').notNull().references(() => organizations.id),
  ticketId: uuid('ticket_id').notNull().references(() => tickets.id),
  authorId: uuid('author_id').notNull().references(() => users.id),
  body: text('body').notNull(),
  internal: boolean('internal').notNull().default(false),
  createdAt: timestamp('created_at').defaultNow().notNull(),
})
