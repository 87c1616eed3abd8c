import { boolean, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { relations } from 'drizzle-orm';

export const accounts = pgTable('accounts', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  slug: text('slug').notNull().unique(),
  stripeCustomerId: text('stripe_customer_id'),
  plan: text('plan').notNull().default('trial'),
  createdAt: timestamp('created_at').defaultNow().notNull(),
});

export const users = pgTable('users', {
  id: uuid('id').primaryKey().defaultRandom(),
  accountId: uuid('account_id').notNull().references(() => accounts.id),
  email: text('email').notNull().unique(),
  name: text('name').notNull(),
  passwordHash: text('password_hash').notNull(),
  role: text('role', { enum: ['owner', 'manager', 'staff'] }).notNull().default('staff'),
  resetToken: text('reset_token'),
  resetExpiresAt: timestamp('reset_expires_at'),
});

export const customers = pgTable('customers', {
  id: uuid('id').primaryKey().defaultRandom(),
  accountId: uuid('account_id').notNull().references(() => accounts.id),
  name: text('name').notNull(),
  email: text('email'),
  phone: text('phone'),
  emergencyContact: text('emergency_contact'),
});

export const pets = pgTable('pets', {
  id: uuid('id').primaryKey().defaultRandom(),
  accountId: uuid('account_id').notNull().references(() => accounts.id),
  customerId: uuid('customer_id').notNull().references(() => customers.id),
  name: text('name').notNull(),
  species: text('species').notNull(),
  breed: text('breed'),
  medicalNotes: text('medical_notes'),
  photoKey: text('photo_key'),
  adoptable: boolean('adoptable').notNull().default(false),
});

export const petNotes = pgTable('pet_notes', {
  id: uuid('id').primaryKey().defaultRandom(),
  accountId: uuid('account_id').notNull().references(() => accounts.id),
  petId: uuid('pet_id').notNull().references(() => pets.id),
  authorId: uuid('author_id').notNull().references(() => users.id),
  body: text('body').notNull(),
  createdAt: timestamp('created_at').defaultNow().notNull(),
});

export const vaccinations = pgTable('vaccinations', {
  id: uuid('id').primaryKey().defaultRandom(),
  accountId: uuid('account_id').notNull().references(() => accounts.id),
  petId: uuid('pet_id').notNull().references(() => pets.id),
  vaccine: text('vaccine').notNull(),
  givenOn: timestamp('given_on').notNull(),
  expiresOn: timestamp('expires_on'),
});

export const bookings = pgTable('bookings', {
  id: uuid('id').primaryKey().defaultRandom(),
  accountId: uuid('account_id').notNull().references(() => accounts.id),
  petId: uuid('pet_id').notNull().references(() => pets.id),
  kennelLabel: text('kennel_label'),
  startsOn: timestamp('starts_on').notNull(),
  endsOn: timestamp('ends_on').notNull(),
  status: text('status').notNull().default('requested'),
  priceCents: integer('price_cents').notNull(),
});

export const invoices = pgTable('invoices', {
  id: uuid('id').primaryKey().defaultRandom(),
  accountId: uuid('account_id').notNull().references(() => accounts.id),
  bookingId: uuid('booking_id').notNull().references(() => bookings.id),
  amountCents: integer('amount_cents').notNull(),
  status: text('status').notNull().default('open'),
  stripeSessionId: text('stripe_session_id'),
});

export const reviews = pgTable('reviews', {
  id: uuid('id').primaryKey().defaultRandom(),
  accountId: uuid('account_id').notNull().references(() => accounts.id),
  authorName: text('author_name').notNull(),
  rating: integer('rating').notNull(),
  body: text('body').notNull(),
  published: boolean('published').notNull().default(false),
});

// platform-wide catalogue of add-on services (grooming, walks); not owned by an account
export const amenities = pgTable('amenities', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  description: text('description'),
  priceCents: integer('price_cents').notNull(),
});

export const bookingsRelations = relations(bookings, ({ one }) => ({
  pet: one(pets, { fields: [bookings.petId], references: [pets.id] }),
}));
