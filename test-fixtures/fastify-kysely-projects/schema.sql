CREATE TABLE organizations (id UUID PRIMARY KEY, name TEXT NOT NULL, plan TEXT NOT NULL DEFAULT 'free', stripe_customer_id TEXT);
CREATE TABLE users (id UUID PRIMARY KEY, org_id UUID NOT NULL REFERENCES organizations(id), email TEXT UNIQUE NOT NULL, password_hash TEXT NOT NULL, role TEXT NOT NULL DEFAULT 'member', email_status TEXT NOT NULL DEFAULT 'ok');
CREATE TABLE projects (id UUID PRIMARY KEY, org_id UUID NOT NULL REFERENCES organizations(id), name TEXT NOT NULL, archived BOOLEAN NOT NULL DEFAULT false);
CREATE TABLE tasks (id UUID PRIMARY KEY, org_id UUID NOT NULL REFERENCES organizations(id), project_id UUID NOT NULL REFERENCES projects(id), title TEXT NOT NULL, status TEXT NOT NULL DEFAULT 'open', assignee_id UUID REFERENCES users(id));
CREATE TABLE attachments (id UUID PRIMARY KEY, org_id UUID NOT NULL REFERENCES organizations(id), task_id UUID NOT NULL REFERENCES tasks(id), file_name TEXT NOT NULL, mime TEXT NOT NULL);
CREATE TABLE plans (id TEXT PRIMARY KEY, name TEXT NOT NULL, price_cents INTEGER NOT NULL);
