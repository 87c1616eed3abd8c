import { pgTable, text, timestamp, integer, boolean } from 'drizzle-orm/pg-core';

export const organizations = pgTable('organizations', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
});

export const users = pgTable('users', {
  id: text('id').primaryKey(),
  orgId: text('org_id').notNull().references(() => organizations.id),
  email: text('email').notNull().unique(),
  passwordHash: text('password_hash').notNull(),
  role: text('role', { enum: ['admin', 'manager', 'agent'] }).notNull().default('agent'),
});

export const sessions = pgTable('sessions', {
  id: text('id').primaryKey(),
  userId: text('user_id').notNull().references(() => users.id),
  expiresAt: timestamp('expires_at', { withTimezone: true, mode: 'date' }).notNull(),
});

export const properties = pgTable('properties', {
  id: text('id').primaryKey(),
  orgId: text('org_id').notNull().references(() => organizations.id),
  address: text('address').notNull(),
  postcode: text('postcode').notNull(),
});

export const units = pgTable('units', {
  id: text('id').primaryKey(),
  orgId: text('org_id').notNull().references(() => organizations.id),
  propertyId: text('property_id').notNull().references(() => properties.id),
  label: text('label').notNull(),
  rentPence: integer('rent_pence').notNull(),
});

export const leases = pgTable('leases', {
  id: text('id').primaryKey(),
  orgId: text('org_id').notNull().references(() => organizations.id),
  unitId: text('unit_id').notNull().references(() => units.id),
  renterName: text('renter_name').notNull(),
  renterEmail: text('renter_email').notNull(),
  status: text('status').notNull().default('draft'),
  envelopeId: text('envelope_id'),
  startsOn: timestamp('starts_on', { mode: 'date' }).notNull(),
});

export const maintenanceRequests = pgTable('maintenance_requests', {
  id: text('id').primaryKey(),
  orgId: text('org_id').notNull().references(() => organizations.id),
  unitId: text('unit_id').notNull().references(() => units.id),
  title: text('title').notNull(),
  status: text('status').notNull().default('open'),
  notes: text('notes'),
  urgent: boolean('urgent').notNull().default(false),
});

export const documents = pgTable('documents', {
  id: text('id').primaryKey(),
  orgId: text('org_id').notNull().references(() => organizations.id),
  leaseId: text('lease_id').references(() => leases.id),
  storageKey: text('storage_key').notNull(),
  filename: text('filename').notNull(),
});
