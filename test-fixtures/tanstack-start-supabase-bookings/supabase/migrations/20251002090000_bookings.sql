create table public.studios (
  id uuid primary key default gen_random_uuid(),
  name text not null,
  owner_id uuid not null references auth.users(id)
);

create table public.classes (
  id uuid primary key default gen_random_uuid(),
  studio_id uuid not null references public.studios(id),
  title text not null,
  starts_at timestamptz not null,
  capacity int not null default 12
);

create table public.bookings (
  id uuid primary key default gen_random_uuid(),
  studio_id uuid not null references public.studios(id),
  class_id uuid not null references public.classes(id),
  user_id uuid not null references auth.users(id),
  status text not null default 'confirmed'
);

alter table public.studios enable row level security;
alter table public.classes enable row level security;
alter table public.bookings enable row level security;

create policy "members see their bookings" on public.bookings
  for select using (user_id = auth.uid());
create policy "owners manage classes" on public.classes
  for all using (studio_id in (select id from public.studios where owner_id = auth.uid()));
