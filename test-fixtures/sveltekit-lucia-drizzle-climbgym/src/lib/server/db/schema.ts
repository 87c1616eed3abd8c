import { pgTable, text, timestamp, integer, boolean, pgEnum } from 'drizzle-orm/pg-core';

export const roleEnum = pgEnum('role', ['owner', 'staff', 'climber']);

export const gyms = pgTable('gyms', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  city: text('city').notNull(),
});

export const users = pgTable('users', {
  id: text('id').primaryKey(),
  email: text('email').notNull().unique(),
  name: text('name').notNull(),
  passwordHash: text('password_hash').notNull(),
  role: roleEnum('role').notNull().default('climber'),
  gymId: text('gym_id')
    .notNull()
    .references(() => gyms.id),
});

export const sessions = pgTable('sessions', {
  id: text('id').primaryKey(),
  userId: text('user_id')
    .notNull()
    .references(() => users.id),
  expiresAt: timestamp('expires_at', { withTimezone: true, mode: 'date' }).notNull(),
});

export const passwordResets = pgTable('password_resets', {
  tokenHash: text('token_hash').primaryKey(),
  userId: text('user_id')
    .notNull()
    .references(() => users.id),
  expiresAt: timestamp('expires_at', { mode: 'date' }).notNull(),
});

export const classes = pgTable('classes', {
  id: text('id').primaryKey(),
  gymId: text('gym_id')
    .notNull()
    .references(() => gyms.id),
  title: text('title').notNull(),
  coach: text('coach').notNull(),
  startsAt: timestamp('starts_at', { mode: 'date' }).notNull(),
  spots: integer('spots').notNull(),
  isPublic: boolean('is_public').notNull().default(false),
});

export const bookings = pgTable('bookings', {
  id: text('id').primaryKey(),
  classId: text('class_id')
    .notNull()
    .references(() => classes.id),
  gymId: text('gym_id')
    .notNull()
    .references(() => gyms.id),
  userId: text('user_id')
    .notNull()
    .references(() => users.id),
  note: text('note'),
  status: text('status').notNull().default('booked'),
});

export const memberships = pgTable('memberships', {
  id: text('id').primaryKey(),
  gymId: text('gym_id')
    .notNull()
    .references(() => gyms.id),
  userId: text('user_id')
    .notNull()
    .references(() => users.id),
  plan: text('plan').notNull(),
  waiverUrl: text('waiver_url'),
  validUntil: timestamp('valid_until', { mode: 'date' }).notNull(),
});
