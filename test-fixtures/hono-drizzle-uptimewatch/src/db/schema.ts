import { integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core'

export const workspaces = sqliteTable('workspaces', {
  id: integer('id').primaryKey(),
  slug: text('slug').notNull().unique(),
  plan: text('plan').notNull().default('free'),
})

export const users = sqliteTable('users', {
  id: integer('id').primaryKey(),
  email: text('email').notNull().unique(),
})

export const members = sqliteTable(
  'members',
  {
    workspaceId: integer('workspace_id').notNull().references(() => workspaces.id),
    userId: integer('user_id').notNull().references(() => users.id),
    role: text('role').notNull().default('member'),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.userId] })],
)

export const sessions = sqliteTable('sessions', {
  id: text('id').primaryKey(),
  userId: integer('user_id').notNull().references(() => users.id),
  workspaceId: integer('workspace_id').notNull().references(() => workspaces.id),
  expiresAt: integer('expires_at', { mode: 'timestamp' }).notNull(),
})

export const monitors = sqliteTable('monitors', {
  id: integer('id').primaryKey(),
  workspaceId: integer('workspace_id').notNull().references(() => workspaces.id),
  url: text('url').notNull(),
  periodicity: text('periodicity').notNull().default('10m'),
  status: text('status').notNull().default('active'),
})

export const incidents = sqliteTable('incidents', {
  id: integer('id').primaryKey(),
  workspaceId: integer('workspace_id').notNull().references(() => workspaces.id),
  monitorId: integer('monitor_id').notNull().references(() => monitors.id),
  startedAt: integer('started_at', { mode: 'timestamp' }).notNull(),
  resolvedAt: integer('resolved_at', { mode: 'timestamp' }),
})

export const chatInstalls = sqliteTable('chat_installs', {
  id: integer('id').primaryKey(),
  workspaceId: integer('workspace_id').notNull().references(() => workspaces.id),
  teamExternalId: text('team_external_id').notNull(),
  botToken: text('bot_token').notNull(),
})

export const statusPages = sqliteTable('status_pages', {
  id: integer('id').primaryKey(),
  workspaceId: integer('workspace_id').notNull().references(() => workspaces.id),
  slug: text('slug').notNull().unique(),
  title: text('title').notNull(),
  passwordHash: text('password_hash'),
})
