import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

export const organizations = sqliteTable('organizations', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
});

export const users = sqliteTable('users', {
  id: text('id').primaryKey(),
  email: text('email').notNull().unique(),
  passwordHash: text('password_hash').notNull(),
  role: text('role', { enum: ['tutor', 'coordinator', 'admin'] }).notNull().default('tutor'),
  avatarKey: text('avatar_key'),
  organizationId: text('organization_id').notNull().references(() => organizations.id),
});

export const tutorProfiles = sqliteTable('tutor_profiles', {
  id: text('id').primaryKey(),
  displayName: text('display_name').notNull(),
  subjects: text('subjects').notNull(),
  bio: text('bio'),
  hourlyRateCents: integer('hourly_rate_cents').notNull(),
  published: integer('published', { mode: 'boolean' }).notNull().default(false),
  organizationId: text('organization_id').notNull().references(() => organizations.id),
});

export const students = sqliteTable('students', {
  id: text('id').primaryKey(),
  fullName: text('full_name').notNull(),
  guardianEmail: text('guardian_email').notNull(),
  notes: text('notes'),
  organizationId: text('organization_id').notNull().references(() => organizations.id),
});

export const lessons = sqliteTable('lessons', {
  id: text('id').primaryKey(),
  startsAt: integer('starts_at', { mode: 'timestamp' }).notNull(),
  subject: text('subject').notNull(),
  summary: text('summary'),
  tutorId: text('tutor_id').notNull().references(() => users.id),
  studentId: text('student_id').notNull().references(() => students.id),
  organizationId: text('organization_id').notNull().references(() => organizations.id),
});

export const invoices = sqliteTable('invoices', {
  id: text('id').primaryKey(),
  amountCents: integer('amount_cents').notNull(),
  status: text('status').notNull().default('open'),
  studentId: text('student_id').notNull().references(() => students.id),
  organizationId: text('organization_id').notNull().references(() => organizations.id),
});
