import { pgTable, text, integer, boolean, timestamp, uniqueIndex, primaryKey } from 'drizzle-orm/pg-core';

export const users = pgTable('users', {
  id: text('id').primaryKey(),
  email: text('email').notNull().unique(),
  name: text('name').notNull(),
  passwordHash: text('password_hash').notNull(),
  isPlatformAdmin: boolean('is_platform_admin').notNull().default(false),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const sessions = pgTable('sessions', {
  id: text('id').primaryKey(),
  userId: text('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
});

export const organizations = pgTable('organizations', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  slug: text('slug').notNull().unique(),
  suspended: boolean('suspended').notNull().default(false),
  stripeCustomerId: text('stripe_customer_id'),
  plan: text('plan').notNull().default('free'),
});

export const memberships = pgTable(
  'memberships',
  {
    orgId: text('org_id').notNull().references(() => organizations.id, { onDelete: 'cascade' }),
    userId: text('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
    role: text('role', { enum: ['owner', 'brewer', 'viewer'] }).notNull().default('viewer'),
  },
  (t) => ({ pk: primaryKey({ columns: [t.orgId, t.userId] }) }),
);

export const invitations = pgTable('invitations', {
  id: text('id').primaryKey(),
  orgId: text('org_id').notNull().references(() => organizations.id),
  email: text('email').notNull(),
  role: text('role').notNull(),
  invitedBy: text('invited_by').notNull().references(() => users.id),
  createdAt: timestamp('created_at').notNull().defaultNow(),
});

export const recipes = pgTable('recipes', {
  id: text('id').primaryKey(),
  orgId: text('org_id').notNull().references(() => organizations.id),
  name: text('name').notNull(),
  style: text('style').notNull(),
  notes: text('notes'),
  isPublic: boolean('is_public').notNull().default(false),
  repoPath: text('repo_path'),
  needsSync: boolean('needs_sync').notNull().default(false),
});

export const batches = pgTable('batches', {
  id: text('id').primaryKey(),
  orgId: text('org_id').notNull().references(() => organizations.id),
  recipeId: text('recipe_id').references(() => recipes.id),
  name: text('name').notNull(),
  status: text('status').notNull().default('planned'),
  volumeLitres: integer('volume_litres').notNull(),
  originalGravity: integer('original_gravity'),
  createdBy: text('created_by').notNull().references(() => users.id),
  brewedAt: timestamp('brewed_at'),
});

export const tastingNotes = pgTable('tasting_notes', {
  id: text('id').primaryKey(),
  batchId: text('batch_id').notNull().references(() => batches.id, { onDelete: 'cascade' }),
  authorId: text('author_id').notNull().references(() => users.id),
  score: integer('score').notNull(),
  body: text('body').notNull(),
});

export const inventoryItems = pgTable('inventory_items', {
  id: text('id').primaryKey(),
  orgId: text('org_id').notNull().references(() => organizations.id),
  name: text('name').notNull(),
  unit: text('unit').notNull(),
  quantity: integer('quantity').notNull().default(0),
});

export const attachments = pgTable('attachments', {
  id: text('id').primaryKey(),
  orgId: text('org_id').notNull().references(() => organizations.id),
  batchId: text('batch_id').references(() => batches.id),
  storageKey: text('storage_key').notNull(),
  contentType: text('content_type').notNull(),
  sizeBytes: integer('size_bytes').notNull(),
});

export const passwordResets = pgTable('password_resets', {
  tokenHash: text('token_hash').primaryKey(),
  userId: text('user_id').notNull().references(() => users.id),
  expiresAt: timestamp('expires_at').notNull(),
});

export const orgSlugIdx = uniqueIndex('org_slug_idx').on(organizations.slug);
