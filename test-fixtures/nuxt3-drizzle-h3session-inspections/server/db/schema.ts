import { sqliteTable, text, integer } from 'drizzle-orm/sqlite-core';

export const companies = sqliteTable('companies', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  calendarFeedId: text('calendar_feed_id'),
});

export const users = sqliteTable('users', {
  id: text('id').primaryKey(),
  companyId: text('company_id').notNull().references(() => companies.id),
  email: text('email').notNull().unique(),
  name: text('name').notNull(),
  role: text('role', { enum: ['inspector', 'manager', 'admin'] }).notNull().default('inspector'),
  passwordHash: text('password_hash').notNull(),
});

export const properties = sqliteTable('properties', {
  id: text('id').primaryKey(),
  companyId: text('company_id').notNull().references(() => companies.id),
  address: text('address').notNull(),
  landlordName: text('landlord_name'),
  lat: integer('lat'),
  lng: integer('lng'),
});

export const inspections = sqliteTable('inspections', {
  id: text('id').primaryKey(),
  companyId: text('company_id').notNull().references(() => companies.id),
  propertyId: text('property_id').notNull().references(() => properties.id),
  inspectorId: text('inspector_id').references(() => users.id),
  scheduledFor: integer('scheduled_for', { mode: 'timestamp' }).notNull(),
  status: text('status').notNull().default('scheduled'),
  summary: text('summary'),
  shareToken: text('share_token'),
});

export const photos = sqliteTable('photos', {
  id: text('id').primaryKey(),
  companyId: text('company_id').notNull().references(() => companies.id),
  inspectionId: text('inspection_id').notNull().references(() => inspections.id),
  path: text('path').notNull(),
  caption: text('caption'),
});

// checklist templates published by the product team, shared by all companies
export const checklistTemplates = sqliteTable('checklist_templates', {
  id: text('id').primaryKey(),
  title: text('title').notNull(),
  items: text('items', { mode: 'json' }).$type<string[]>().notNull(),
});
