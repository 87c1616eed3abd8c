create table organizations (
  id uuid primary key default gen_random_uuid(),
  name text not null
);

create table volunteers (
  id uuid primary key default gen_random_uuid(),
  org_id uuid not null references organizations(id),
  user_id uuid not null references auth.users(id),
  full_name text not null,
  phone text,
  role text not null default 'volunteer'
);

create table shifts (
  id uuid primary key default gen_random_uuid(),
  org_id uuid not null references organizations(id),
  title text not null,
  starts_at timestamptz not null,
  is_public boolean not null default false
);

create table signups (
  id uuid primary key default gen_random_uuid(),
  org_id uuid not null references organizations(id),
  shift_id uuid not null references shifts(id),
  user_id uuid not null references auth.users(id)
);

alter table organizations enable row level security;
alter table volunteers enable row level security;
alter table shifts enable row level security;
alter table signups enable row level security;

create policy "members read their org's shifts" on shifts for select
  using (is_public or org_id in (select org_id from volunteers where user_id = auth.uid()));
create policy "members manage their signups" on signups for all
  using (user_id = auth.uid());
create policy "members read their org" on volunteers for select
  using (org_id in (select org_id from volunteers v where v.user_id = auth.uid()));
