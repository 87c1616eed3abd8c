CREATE TABLE workspaces (id TEXT PRIMARY KEY, name TEXT NOT NULL, plan TEXT NOT NULL DEFAULT 'free', created_at INTEGER NOT NULL);
CREATE TABLE users (id TEXT PRIMARY KEY, email TEXT NOT NULL UNIQUE, password_hash TEXT NOT NULL, is_staff INTEGER NOT NULL DEFAULT 0, created_at INTEGER NOT NULL);
CREATE TABLE memberships (user_id TEXT NOT NULL, workspace_id TEXT NOT NULL, role TEXT NOT NULL, PRIMARY KEY (user_id, workspace_id));
CREATE TABLE links (id TEXT PRIMARY KEY, workspace_id TEXT NOT NULL, slug TEXT NOT NULL UNIQUE, url TEXT NOT NULL, title TEXT, archived INTEGER NOT NULL DEFAULT 0, created_by TEXT NOT NULL, created_at INTEGER NOT NULL);
CREATE TABLE api_keys (id TEXT PRIMARY KEY, workspace_id TEXT NOT NULL, name TEXT NOT NULL, key_hash TEXT NOT NULL, created_at INTEGER NOT NULL);
