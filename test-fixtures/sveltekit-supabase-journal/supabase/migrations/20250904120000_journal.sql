create table public.entries (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references auth.users(id),
  title text not null,
  body text not null default '',
  shared boolean not null default false,
  created_at timestamptz not null default now()
);

create table public.profiles (
  id uuid primary key references auth.users(id),
  display_name text,
  is_admin boolean not null default false
);

alter table public.entries enable row level security;
create policy "authors manage their entries" on public.entries
  for all using (user_id = auth.uid());
