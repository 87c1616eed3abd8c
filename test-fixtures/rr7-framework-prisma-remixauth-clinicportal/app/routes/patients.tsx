import { Form, data, redirect, useLoaderData } from 'react-router';
import { z } from 'zod';
import type { Route } from './+types/patients';
import { requireUser } from '~/lib/auth.server';
import { prisma } from '~/lib/db.server';

// ok: missing-auth
export async function loader({ request }: Route.LoaderArgs) {
  const staff = await requireUser(request);
  const q = new URL(request.url).searchParams.get('q')?.trim() ?? '';
  // ok: unscoped-tenant-query
  const patients = await prisma.patient.findMany({
    where: {
      clinicId: staff.clinicId,
      ...(q ? { OR: [{ lastName: { contains: q, mode: 'insensitive' } }, { email: { contains: q } }] } : {}),
    },
    orderBy: { lastName: 'asc' },
    take: 50,
  });
  return { patients, q };
}

const NewPatient = z.object({
  firstName: z.string().min(1).max(80),
  lastName: z.string().min(1).max(80),
  email: z.string().email().optional(),
  phone: z.string().max(30).optional(),
});

// ok: missing-auth, missing-input-validation
export async function action({ request }: Route.ActionArgs) {
  const staff = await requireUser(request);
  const parsed = NewPatient.safeParse(Object.fromEntries(await request.formData()));
  if (!parsed.success) return data({ errors: parsed.error.flatten().fieldErrors }, { status: 400 });
  const patient = await prisma.patient.create({ data: { ...parsed.data, clinicId: staff.clinicId } });
  return redirect(`/portal/patients/${patient.id}`);
}

export default function Patients() {
  const { patients, q } = useLoaderData<typeof loader>();
  return (
    <section>
      <Form>
        <input name="q" defaultValue={q} />
      </Form>
      <ul>{patients.map((p) => <li key={p.id}>{p.lastName}, {p.firstName}</li>)}</ul>
    </section>
  );
}
