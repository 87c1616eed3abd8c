CREATE TABLE accounts (id SERIAL PRIMARY KEY, name TEXT NOT NULL);
CREATE TABLE users (id SERIAL PRIMARY KEY, email TEXT UNIQUE, password_hash TEXT, role TEXT DEFAULT 'member', account_id INT REFERENCES accounts(id));
CREATE TABLE documents (id SERIAL PRIMARY KEY, title TEXT, content TEXT, account_id INT NOT NULL REFERENCES accounts(id), author_id INT REFERENCES users(id));
CREATE TABLE api_keys (id SERIAL PRIMARY KEY, key_hash TEXT, account_id INT NOT NULL REFERENCES accounts(id));
