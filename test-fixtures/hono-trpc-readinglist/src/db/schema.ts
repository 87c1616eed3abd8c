import { integer, sqliteTable, text } from "drizzle-orm/sqlite-core";

export const users = sqliteTable("users", {
  id: text("id").primaryKey(),
  email: text("email").notNull().unique(),
  role: text("role", { enum: ["admin", "user"] }).notNull().default("user"),
});

export const shelves = sqliteTable("shelves", {
  id: text("id").primaryKey(),
  userId: text("user_id").notNull().references(() => users.id),
  name: text("name").notNull(),
  public: integer("public", { mode: "boolean" }).notNull().default(false),
  // the secret in the shelf's import hook URL, rotated from the settings page
  importToken: text("import_token").unique(),
});

export const books = sqliteTable("books", {
  id: text("id").primaryKey(),
  userId: text("user_id").notNull().references(() => users.id),
  shelfId: text("shelf_id").references(() => shelves.id),
  title: text("title").notNull(),
  note: text("note"),
});

// an invitation's id is the secret in its link (`/join/<id>`)
export const shelfInvites = sqliteTable("shelf_invites", {
  id: text("id").primaryKey(),
  shelfId: text("shelf_id").notNull().references(() => shelves.id),
  userId: text("user_id").notNull().references(() => users.id),
  email: text("email").notNull(),
  expiresAt: integer("expires_at", { mode: "timestamp" }).notNull(),
});

// keys partners call the REST API with; only their hash is stored
export const apiKeys = sqliteTable("api_keys", {
  id: text("id").primaryKey(),
  userId: text("user_id").notNull().references(() => users.id),
  keyHash: text("key_hash").notNull().unique(),
  lastUsedAt: integer("last_used_at", { mode: "timestamp" }),
});
