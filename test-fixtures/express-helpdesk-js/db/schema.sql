CREATE TABLE organizations (
  id SERIAL PRIMARY KEY,
  name TEXT NOT NULL
);

CREATE TABLE users (
  id SERIAL PRIMARY KEY,
  email TEXT UNIQUE NOT NULL,
  password_hash TEXT NOT NULL,
  role TEXT NOT NULL DEFAULT 'agent',
  org_id INTEGER REFERENCES organizations(id)
);

CREATE TABLE tickets (
  id SERIAL PRIMARY KEY,
  org_id INTEGER NOT NULL REFERENCES organizations(id),
  subject TEXT NOT NULL,
  body TEXT,
  status TEXT DEFAULT 'open'
);

CREATE TABLE attachments (
  id SERIAL PRIMARY KEY,
  ticket_id INTEGER REFERENCES tickets(id),
  org_id INTEGER NOT NULL,
  filename TEXT
);

CREATE TABLE kb_articles (
  id SERIAL PRIMARY KEY,
  title TEXT,
  body TEXT,
  published BOOLEAN DEFAULT false
);
