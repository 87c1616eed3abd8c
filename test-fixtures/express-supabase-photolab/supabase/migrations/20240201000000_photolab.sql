create table profiles (
  id uuid primary key references auth.users(id) on delete cascade,
  display_name text,
  role text not null default 'member',
  plan text not null default 'free',
  avatar_url text,
  stripe_customer_id text
);

create table albums (
  id uuid primary key default gen_random_uuid(),
  owner_id uuid not null references auth.users(id),
  title text not null,
  description text,
  is_public boolean not null default false
);

create table photos (
  id uuid primary key default gen_random_uuid(),
  owner_id uuid not null references auth.users(id),
  album_id uuid not null references albums(id) on delete cascade,
  storage_path text not null,
  caption text
);

alter table albums enable row level security;
create policy "owners manage albums" on albums for all using (owner_id = auth.uid());
create policy "public albums are readable" on albums for select using (is_public);
-- photos: RLS still to do, the API reads them with the service role
