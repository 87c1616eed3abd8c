CREATE TABLE orgs (
  id SERIAL PRIMARY KEY,
  name TEXT NOT NULL
);

CREATE TABLE users (
  id SERIAL PRIMARY KEY,
  org_id INTEGER NOT NULL REFERENCES orgs(id),
  email TEXT UNIQUE NOT NULL,
  password_hash TEXT NOT NULL,
  role TEXT NOT NULL DEFAULT 'member'
);

CREATE TABLE projects (
  id SERIAL PRIMARY KEY,
  org_id INTEGER NOT NULL REFERENCES orgs(id),
  name TEXT NOT NULL,
  archived BOOLEAN DEFAULT false
);

CREATE TABLE tasks (
  id SERIAL PRIMARY KEY,
  org_id INTEGER NOT NULL REFERENCES orgs(id),
  project_id INTEGER NOT NULL REFERENCES projects(id),
  title TEXT NOT NULL,
  done BOOLEAN DEFAULT false
);

CREATE TABLE changelog (
  id SERIAL PRIMARY KEY,
  version TEXT NOT NULL,
  notes TEXT
);
