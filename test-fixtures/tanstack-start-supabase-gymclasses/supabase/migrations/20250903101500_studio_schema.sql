-- Studio Pulse: gym class bookings
create type public.app_role as enum ('admin', 'coach', 'member');

create table public.profiles (
  id uuid primary key references auth.users(id) on delete cascade,
  full_name text,
  avatar_url text,
  created_at timestamptz not null default now()
);

create table public.user_roles (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references auth.users(id) on delete cascade,
  role public.app_role not null,
  unique (user_id, role)
);

create table public.classes (
  id uuid primary key default gen_random_uuid(),
  coach_id uuid not null references auth.users(id),
  title text not null,
  starts_at timestamptz not null,
  capacity int not null default 12,
  is_published boolean not null default false
);

create table public.bookings (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references auth.users(id) on delete cascade,
  class_id uuid not null references public.classes(id) on delete cascade,
  status text not null default 'booked',
  created_at timestamptz not null default now()
);

create table public.payments (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references auth.users(id),
  stripe_payment_intent text unique,
  amount_cents int not null,
  status text not null default 'pending',
  created_at timestamptz not null default now()
);

create table public.coach_notes (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references auth.users(id),
  member_id uuid not null references auth.users(id),
  body text not null,
  created_at timestamptz not null default now()
);

alter table public.profiles enable row level security;
alter table public.user_roles enable row level security;
alter table public.classes enable row level security;
alter table public.bookings enable row level security;
-- payments are written by the Stripe webhook with the service role; coach_notes "later"

create or replace function public.has_role(_user_id uuid, _role public.app_role)
returns boolean language sql stable security definer set search_path = public as $$
  select exists (select 1 from public.user_roles where user_id = _user_id and role = _role)
$$;

create policy "own profile" on public.profiles for all using (auth.uid() = id);
create policy "read own roles" on public.user_roles for select using (auth.uid() = user_id);
create policy "published classes" on public.classes for select using (is_published or auth.uid() = coach_id);
create policy "coach manages classes" on public.classes for all using (auth.uid() = coach_id);
create policy "own bookings" on public.bookings for all using (auth.uid() = user_id);
create policy "coach sees class bookings" on public.bookings for select
  using (exists (select 1 from public.classes c where c.id = class_id and c.coach_id = auth.uid()));
