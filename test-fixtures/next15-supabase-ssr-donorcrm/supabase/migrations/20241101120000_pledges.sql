create table public.pledges (
  id uuid primary key default gen_random_uuid(),
  org_id uuid not null references public.organizations(id),
  donor_id uuid not null references public.donors(id),
  amount_cents integer not null,
  due_on date not null
);

alter table public.pledges enable row level security;

create policy "members read pledges" on public.pledges
  for select using (org_id in (select org_id from public.memberships where user_id = auth.uid()));
