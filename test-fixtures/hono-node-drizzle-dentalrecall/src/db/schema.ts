import { pgTable, text, integer, timestamp, uuid, boolean } from 'drizzle-orm/pg-core';

export const practices = pgTable('practices', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  slug: text('slug').notNull().unique(),
  timezone: text('timezone').notNull().default('Europe/London'),
});

export const users = pgTable('users', {
  id: uuid('id').primaryKey().defaultRandom(),
  practiceId: uuid('practice_id').references(() => practices.id).notNull(),
  email: text('email').notNull().unique(),
  passwordHash: text('password_hash').notNull(),
  role: text('role').notNull().default('reception'),
  resetTokenHash: text('reset_token_hash'),
});

export const patients = pgTable('patients', {
  id: uuid('id').primaryKey().defaultRandom(),
  practiceId: uuid('practice_id').references(() => practices.id).notNull(),
  fullName: text('full_name').notNull(),
  phone: text('phone'),
  email: text('email'),
  dateOfBirth: text('date_of_birth'),
  medicalNotes: text('medical_notes'),
  recallOptOut: boolean('recall_opt_out').notNull().default(false),
});

export const xrays = pgTable('xrays', {
  id: uuid('id').primaryKey().defaultRandom(),
  practiceId: uuid('practice_id').references(() => practices.id).notNull(),
  patientId: uuid('patient_id').references(() => patients.id).notNull(),
  imageUrl: text('image_url').notNull(),
  takenAt: timestamp('taken_at').notNull(),
});

export const appointments = pgTable('appointments', {
  id: uuid('id').primaryKey().defaultRandom(),
  practiceId: uuid('practice_id').references(() => practices.id).notNull(),
  patientId: uuid('patient_id').references(() => patients.id).notNull(),
  startsAt: timestamp('starts_at').notNull(),
  endsAt: timestamp('ends_at').notNull(),
  status: text('status').notNull().default('booked'),
  smsRef: text('sms_ref'),
});

export const labResults = pgTable('lab_results', {
  id: uuid('id').primaryKey().defaultRandom(),
  practiceId: uuid('practice_id').references(() => practices.id).notNull(),
  patientId: uuid('patient_id').references(() => patients.id).notNull(),
  labCaseRef: text('lab_case_ref').notNull(),
  status: text('status').notNull(),
  receivedAt: timestamp('received_at').notNull().defaultNow(),
});
