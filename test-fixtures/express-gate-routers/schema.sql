CREATE TABLE notes (
  id SERIAL PRIMARY KEY,
  owner_id INTEGER NOT NULL,
  body TEXT NOT NULL,
  created_at TIMESTAMPTZ DEFAULT now()
);

CREATE TABLE products (
  id SERIAL PRIMARY KEY,
  owner_id INTEGER NOT NULL,
  title TEXT NOT NULL,
  price_cents INTEGER NOT NULL,
  published BOOLEAN DEFAULT false
);

CREATE TABLE feedback (
  id SERIAL PRIMARY KEY,
  message TEXT NOT NULL
);
