CREATE TABLE documents (
  id SERIAL PRIMARY KEY,
  user_id INTEGER NOT NULL,
  body TEXT NOT NULL,
  summary TEXT
);
