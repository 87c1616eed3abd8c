create table public.organizations (
  id uuid primary key default gen_random_uuid(),
  name text not null,
  created_at timestamptz default now()
);

create table public.profiles (
  id uuid primary key references auth.users on delete cascade,
  org_id uuid not null references public.organizations(id),
  full_name text,
  role text not null default 'staff',
  avatar_path text
);

create table public.shifts (
  id uuid primary key default gen_random_uuid(),
  org_id uuid not null references public.organizations(id),
  user_id uuid references public.profiles(id),
  starts_at timestamptz not null,
  ends_at timestamptz not null,
  note text
);

create table public.invoices (
  id uuid primary key default gen_random_uuid(),
  org_id uuid not null references public.organizations(id),
  amount_cents integer not null,
  status text not null default 'open',
  stripe_invoice_id text
);

alter table public.profiles enable row level security;
alter table public.shifts enable row level security;

create policy "members read their org's shifts" on public.shifts
  for select using (org_id = (select org_id from public.profiles where id = auth.uid()));
create policy "members write their org's shifts" on public.shifts
  for all using (org_id = (select org_id from public.profiles where id = auth.uid()));
create policy "read own org profiles" on public.profiles
  for select using (org_id = (select org_id from public.profiles p where p.id = auth.uid()));

-- invoices are only touched by the server with the service role (no RLS yet, see ticket SB-112)
