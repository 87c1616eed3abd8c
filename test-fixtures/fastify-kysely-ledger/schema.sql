CREATE TABLE tenants (id uuid PRIMARY KEY, name text NOT NULL);
CREATE TABLE entries (id uuid PRIMARY KEY, tenant_id uuid NOT NULL REFERENCES tenants(id), amount_cents bigint NOT NULL, memo text);
