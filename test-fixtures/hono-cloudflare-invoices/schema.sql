CREATE TABLE tenants (id TEXT PRIMARY KEY, name TEXT NOT NULL, stripe_customer_id TEXT, plan TEXT NOT NULL DEFAULT 'free');
CREATE TABLE users (id TEXT PRIMARY KEY, tenant_id TEXT NOT NULL REFERENCES tenants(id), email TEXT NOT NULL UNIQUE, password_hash TEXT NOT NULL, role TEXT NOT NULL DEFAULT 'member');
CREATE TABLE customers (id TEXT PRIMARY KEY, tenant_id TEXT NOT NULL REFERENCES tenants(id), name TEXT NOT NULL, email TEXT);
CREATE TABLE invoices (id TEXT PRIMARY KEY, tenant_id TEXT NOT NULL REFERENCES tenants(id), customer_id TEXT NOT NULL REFERENCES customers(id), number TEXT NOT NULL, total_cents INTEGER NOT NULL, status TEXT NOT NULL DEFAULT 'draft', share_token TEXT UNIQUE);
CREATE TABLE attachments (id TEXT PRIMARY KEY, tenant_id TEXT NOT NULL REFERENCES tenants(id), invoice_id TEXT NOT NULL REFERENCES invoices(id), r2_key TEXT NOT NULL);
CREATE TABLE email_events (id TEXT PRIMARY KEY, message_id TEXT NOT NULL, kind TEXT NOT NULL, received_at TEXT NOT NULL);
