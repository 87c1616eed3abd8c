import { pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core'

export const users = pgTable('users', {
  id: uuid('id').primaryKey().defaultRandom(),
  email: text('email').notNull().unique(),
})

export const vaults = pgTable('vaults', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
})

export const vaultMembers = pgTable(
  'vault_members',
  {
    vaultId: uuid('vault_id').notNull().references(() => vaults.id),
    userId: uuid('user_id').notNull().references(() => users.id),
    role: text('role', { enum: ['owner', 'editor', 'viewer'] }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.vaultId, t.userId] })],
)

export const secrets = pgTable('secrets', {
  id: uuid('id').primaryKey().defaultRandom(),
  vaultId: uuid('vault_id').notNull().references(() => vaults.id),
  label: text('label').notNull(),
  ciphertext: text('ciphertext').notNull(),
  updatedAt: timestamp('updated_at').notNull().defaultNow(),
})

export const auditEvents = pgTable('audit_events', {
  id: uuid('id').primaryKey().defaultRandom(),
  vaultId: uuid('vault_id').notNull().references(() => vaults.id),
  action: text('action').notNull(),
  at: timestamp('at').notNull().defaultNow(),
})
