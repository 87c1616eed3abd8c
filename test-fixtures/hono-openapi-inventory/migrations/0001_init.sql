CREATE TABLE orgs (id uuid PRIMARY KEY, name text NOT NULL, suspended boolean NOT NULL DEFAULT false);
CREATE TABLE users (
  id uuid PRIMARY KEY,
  org_id uuid NOT NULL REFERENCES orgs(id),
  email text NOT NULL UNIQUE,
  password_hash text NOT NULL,
  role text NOT NULL DEFAULT 'clerk'
);
CREATE TABLE items (
  id uuid PRIMARY KEY,
  org_id uuid NOT NULL REFERENCES orgs(id),
  sku text NOT NULL,
  name text NOT NULL,
  quantity integer NOT NULL DEFAULT 0
);
CREATE TABLE purchase_orders (
  id uuid PRIMARY KEY,
  org_id uuid NOT NULL REFERENCES orgs(id),
  supplier_email text NOT NULL,
  status text NOT NULL DEFAULT 'sent',
  confirmed_at timestamptz
);
CREATE TABLE shop_connections (
  id uuid PRIMARY KEY,
  org_id uuid NOT NULL REFERENCES orgs(id),
  shop_domain text NOT NULL,
  access_token text NOT NULL
);
