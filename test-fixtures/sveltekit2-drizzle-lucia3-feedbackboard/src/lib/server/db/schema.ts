import { relations } from 'drizzle-orm';
import { boolean, integer, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

export const workspaces = pgTable('workspaces', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  slug: text('slug').notNull().unique(),
  plan: text('plan').notNull().default('free'),
  stripeCustomerId: text('stripe_customer_id'),
});

export const users = pgTable('users', {
  id: text('id').primaryKey(),
  workspaceId: text('workspace_id')
    .notNull()
    .references(() => workspaces.id),
  email: text('email').notNull().unique(),
  name: text('name').notNull(),
  passwordHash: text('password_hash').notNull(),
  role: text('role', { enum: ['member', 'admin'] }).notNull().default('member'),
  avatarUrl: text('avatar_url'),
});

export const sessions = pgTable('sessions', {
  id: text('id').primaryKey(),
  userId: text('user_id')
    .notNull()
    .references(() => users.id),
  expiresAt: timestamp('expires_at', { withTimezone: true, mode: 'date' }).notNull(),
});

export const boards = pgTable('boards', {
  id: text('id').primaryKey(),
  workspaceId: text('workspace_id')
    .notNull()
    .references(() => workspaces.id),
  name: text('name').notNull(),
  isPublic: boolean('is_public').notNull().default(false),
});

export const posts = pgTable('posts', {
  id: text('id').primaryKey(),
  workspaceId: text('workspace_id').notNull(),
  boardId: text('board_id')
    .notNull()
    .references(() => boards.id),
  authorId: text('author_id').notNull(),
  title: text('title').notNull(),
  body: text('body').notNull().default(''),
  status: text('status').notNull().default('open'),
  isPublic: boolean('is_public').notNull().default(false),
  votes: integer('votes').notNull().default(0),
  createdAt: timestamp('created_at').notNull().defaultNow(),
});

export const votes = pgTable(
  'votes',
  {
    postId: text('post_id').notNull(),
    userId: text('user_id').notNull(),
  },
  (t) => ({ uniq: uniqueIndex('votes_post_user').on(t.postId, t.userId) }),
);

export const attachments = pgTable('attachments', {
  id: text('id').primaryKey(),
  workspaceId: text('workspace_id').notNull(),
  postId: text('post_id').notNull(),
  fileName: text('file_name').notNull(),
  contentType: text('content_type').notNull(),
  sizeBytes: integer('size_bytes').notNull(),
  storageKey: text('storage_key').notNull(),
});

export const changelogEntries = pgTable('changelog_entries', {
  id: text('id').primaryKey(),
  workspaceId: text('workspace_id').notNull(),
  title: text('title').notNull(),
  commitSha: text('commit_sha'),
  publishedAt: timestamp('published_at'),
});

export const comments = pgTable('comments', {
  id: text('id').primaryKey(),
  workspaceId: text('workspace_id').notNull(),
  postId: text('post_id').notNull(),
  authorId: text('author_id').notNull(),
  body: text('body').notNull(),
  createdAt: timestamp('created_at').notNull().defaultNow(),
});

export const magicLinks = pgTable('magic_links', {
  token: text('token').primaryKey(),
  userId: text('user_id').notNull(),
  expiresAt: timestamp('expires_at').notNull(),
});

export const postsRelations = relations(posts, ({ many, one }) => ({
  comments: many(comments),
  board: one(boards, { fields: [posts.boardId], references: [boards.id] }),
}));

export const commentsRelations = relations(comments, ({ one }) => ({
  post: one(posts, { fields: [comments.postId], references: [posts.id] }),
}));

export const apiTokens = pgTable('api_tokens', {
  id: text('id').primaryKey(),
  workspaceId: text('workspace_id').notNull(),
  tokenHash: text('token_hash').notNull().unique(),
  label: text('label').notNull(),
});

export const invitations = pgTable('invitations', {
  id: text('id').primaryKey(),
  workspaceId: text('workspace_id').notNull(),
  email: text('email').notNull(),
  invitedBy: text('invited_by').notNull(),
});
