create table public.clinics (
  id uuid primary key default gen_random_uuid(),
  name text not null
);

create table public.appointments (
  id uuid primary key default gen_random_uuid(),
  clinic_id uuid not null references public.clinics(id),
  patient_name text not null,
  starts_at timestamptz not null
);

create table public.medical_records (
  id uuid primary key default gen_random_uuid(),
  clinic_id uuid not null references public.clinics(id),
  summary text
);

create table public.profiles (
  id uuid primary key references auth.users(id),
  clinic_id uuid references public.clinics(id),
  role text default 'staff'
);

alter table public.appointments enable row level security;
create policy "staff read own clinic appointments" on public.appointments
  for select using (clinic_id = (select clinic_id from public.profiles where id = auth.uid()));
