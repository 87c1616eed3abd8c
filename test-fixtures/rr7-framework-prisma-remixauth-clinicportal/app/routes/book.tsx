import { Form, data, redirect, useActionData, useLoaderData } from 'react-router';
import { z } from 'zod';
import type { Route } from './+types/book';
import { prisma } from '~/lib/db.server';

// Public booking form: anyone may ask for an appointment at an open clinic.
// ok: missing-auth
export async function loader({ params }: Route.LoaderArgs) {
  // ok: unscoped-tenant-query
  const clinic = await prisma.clinic.findFirst({
    where: { slug: params.clinicSlug, bookingOpen: true },
    select: { id: true, name: true, city: true },
  });
  if (!clinic) throw new Response('Not found', { status: 404 });
  return { clinic };
}

const BookingForm = z.object({
  name: z.string().min(2).max(100),
  email: z.string().email(),
  phone: z.string().max(30).optional(),
  preferredAt: z.coerce.date(),
  reason: z.string().max(500).optional(),
});

// ok: missing-auth, missing-input-validation
export async function action({ request, params }: Route.ActionArgs) {
  const clinic = await prisma.clinic.findFirst({
    where: { slug: params.clinicSlug, bookingOpen: true },
    select: { id: true },
  });
  if (!clinic) throw new Response('Not found', { status: 404 });

  const parsed = BookingForm.safeParse(Object.fromEntries(await request.formData()));
  if (!parsed.success) {
    return data({ errors: parsed.error.flatten().fieldErrors }, { status: 400 });
  }
  await prisma.bookingRequest.create({ data: { ...parsed.data, clinicId: clinic.id } });
  return redirect(`/book/${params.clinicSlug}?sent=1`);
}

export default function Book() {
  const { clinic } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  return (
    <Form method="post">
      <h1>Book at {clinic.name}</h1>
      <input name="name" required />
      <input name="email" type="email" required />
      <input name="phone" />
      <input name="preferredAt" type="datetime-local" required />
      <textarea name="reason" />
      {result?.errors ? <p>Please check the form.</p> : null}
      <button type="submit">Request appointment</button>
    </Form>
  );
}
