CREATE TABLE organizations (id uuid PRIMARY KEY, name text NOT NULL);
CREATE TABLE users (id uuid PRIMARY KEY, org_id uuid REFERENCES organizations(id), email text NOT NULL, created_at timestamptz DEFAULT now());
CREATE TABLE invoices (id uuid PRIMARY KEY, org_id uuid REFERENCES organizations(id), customer_name text, total numeric, status text, created_at timestamptz DEFAULT now());
