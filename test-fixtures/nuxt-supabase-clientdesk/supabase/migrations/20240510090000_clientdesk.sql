create table workspaces (
  id uuid primary key default gen_random_uuid(),
  name text not null,
  plan text not null default 'free',
  stripe_customer_id text
);

create table members (
  id uuid primary key default gen_random_uuid(),
  workspace_id uuid not null references workspaces(id) on delete cascade,
  user_id uuid not null references auth.users(id),
  role text not null default 'agent'
);

create table clients (
  id uuid primary key default gen_random_uuid(),
  workspace_id uuid not null references workspaces(id),
  name text not null,
  email text,
  phone text,
  notes text
);

create table attachments (
  id uuid primary key default gen_random_uuid(),
  workspace_id uuid not null references workspaces(id),
  client_id uuid references clients(id),
  storage_path text not null,
  uploaded_by uuid references auth.users(id)
);

alter table members enable row level security;
alter table clients enable row level security;

create policy "workspace members see clients" on clients
  for all using (workspace_id in (select workspace_id from members where user_id = auth.uid()));
create policy "see own memberships" on members
  for select using (user_id = auth.uid());
