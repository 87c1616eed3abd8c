import { boolean, integer, pgTable, serial, text, timestamp, varchar } from 'drizzle-orm/pg-core';

export const clients = pgTable('clients', {
  id: serial('id').primaryKey(),
  name: varchar('name', { length: 160 }).notNull(),
  billingEmail: varchar('billing_email', { length: 255 }).notNull(),
  billingAddress: text('billing_address'),
  billingEmailBounced: boolean('billing_email_bounced').notNull().default(false),
  createdAt: timestamp('created_at').notNull().defaultNow(),
});

export const users = pgTable('users', {
  id: serial('id').primaryKey(),
  email: varchar('email', { length: 255 }).notNull().unique(),
  name: varchar('name', { length: 120 }),
  passwordHash: text('password_hash').notNull(),
  // 'client' for people at a client company, 'staff' for the agency's own team
  role: varchar('role', { length: 16 }).$type<'client' | 'staff'>().notNull().default('client'),
  clientId: integer('client_id').references(() => clients.id),
});

export const projects = pgTable('projects', {
  id: serial('id').primaryKey(),
  clientId: integer('client_id').notNull().references(() => clients.id),
  name: varchar('name', { length: 120 }).notNull(),
  brief: text('brief'),
  status: varchar('status', { length: 20 }).notNull().default('active'),
  createdAt: timestamp('created_at').notNull().defaultNow(),
});

export const projectNotes = pgTable('project_notes', {
  id: serial('id').primaryKey(),
  clientId: integer('client_id').notNull().references(() => clients.id),
  projectId: integer('project_id').notNull().references(() => projects.id),
  authorId: integer('author_id').notNull().references(() => users.id),
  body: text('body').notNull(),
  createdAt: timestamp('created_at').notNull().defaultNow(),
});

export const invoices = pgTable('invoices', {
  id: serial('id').primaryKey(),
  clientId: integer('client_id').notNull().references(() => clients.id),
  projectId: integer('project_id').references(() => projects.id),
  number: varchar('number', { length: 32 }).notNull(),
  amountCents: integer('amount_cents').notNull(),
  status: varchar('status', { length: 16 }).notNull().default('open'),
  stripeInvoiceId: varchar('stripe_invoice_id', { length: 64 }),
  pdfUrl: text('pdf_url'),
  disputeReason: text('dispute_reason'),
  paidAt: timestamp('paid_at'),
  issuedAt: timestamp('issued_at').notNull().defaultNow(),
});

export const files = pgTable('files', {
  id: serial('id').primaryKey(),
  clientId: integer('client_id').notNull().references(() => clients.id),
  projectId: integer('project_id').notNull().references(() => projects.id),
  name: varchar('name', { length: 255 }).notNull(),
  url: text('url').notNull(),
  sizeBytes: integer('size_bytes').notNull(),
  uploadedAt: timestamp('uploaded_at').notNull().defaultNow(),
});

export const passwordResets = pgTable('password_resets', {
  id: serial('id').primaryKey(),
  userId: integer('user_id').notNull().references(() => users.id),
  tokenHash: varchar('token_hash', { length: 64 }).notNull().unique(),
  expiresAt: timestamp('expires_at').notNull(),
  usedAt: timestamp('used_at'),
});
