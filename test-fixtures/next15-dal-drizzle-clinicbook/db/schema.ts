import { integer, pgTable, serial, text, timestamp, varchar } from 'drizzle-orm/pg-core';

export const clinics = pgTable('clinics', {
  id: serial('id').primaryKey(),
  name: varchar('name', { length: 120 }).notNull(),
});

export const users = pgTable('users', {
  id: serial('id').primaryKey(),
  email: varchar('email', { length: 255 }).notNull().unique(),
  passwordHash: text('password_hash').notNull(),
  role: varchar('role', { length: 20 }).notNull().default('staff'),
  clinicId: integer('clinic_id').notNull().references(() => clinics.id),
});

export const patients = pgTable('patients', {
  id: serial('id').primaryKey(),
  fullName: varchar('full_name', { length: 160 }).notNull(),
  dateOfBirth: varchar('date_of_birth', { length: 10 }),
  notes: text('notes'),
  clinicId: integer('clinic_id').notNull().references(() => clinics.id),
});

export const appointments = pgTable('appointments', {
  id: serial('id').primaryKey(),
  patientId: integer('patient_id').notNull().references(() => patients.id),
  startsAt: timestamp('starts_at').notNull(),
  reason: text('reason'),
  status: varchar('status', { length: 20 }).notNull().default('booked'),
  clinicId: integer('clinic_id').notNull().references(() => clinics.id),
});
