create table clubs (
  id uuid primary key default gen_random_uuid(),
  name text not null
);

create table club_members (
  club_id uuid not null references clubs(id) on delete cascade,
  user_id uuid not null references auth.users(id) on delete cascade,
  role text not null default 'member',
  primary key (club_id, user_id)
);

create table events (
  id uuid primary key default gen_random_uuid(),
  club_id uuid not null references clubs(id) on delete cascade,
  title text not null,
  starts_at timestamptz not null
);

create table checkins (
  id uuid primary key default gen_random_uuid(),
  event_id uuid not null references events(id) on delete cascade,
  user_id uuid not null references auth.users(id),
  created_at timestamptz not null default now()
);
