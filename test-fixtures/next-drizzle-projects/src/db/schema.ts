import { pgTable, text, timestamp, uuid, boolean } from 'drizzle-orm/pg-core';

export const organizations = pgTable('organizations', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
});

export const users = pgTable('users', {
  id: uuid('id').primaryKey().defaultRandom(),
  email: text('email').notNull().unique(),
  organizationId: uuid('organization_id').references(() => organizations.id),
});

export const projects = pgTable('projects', {
  id: uuid('id').primaryKey().defaultRandom(),
  organizationId: uuid('organization_id').notNull().references(() => organizations.id),
  name: text('name').notNull(),
  archived: boolean('archived').default(false),
});

export const tasks = pgTable('tasks', {
  id: uuid('id').primaryKey().defaultRandom(),
  organizationId: uuid('organization_id').notNull(),
  projectId: uuid('project_id').notNull().references(() => projects.id),
  title: text('title').notNull(),
  createdAt: timestamp('created_at').defaultNow(),
});

export const releaseNotes = pgTable('release_notes', {
  id: uuid('id').primaryKey().defaultRandom(),
  version: text('version').notNull(),
});
