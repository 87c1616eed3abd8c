'use server';

import { SignJWT } from 'jose';
import { revalidatePath } from 'next/cache';
import { cookies } from 'next/headers';
import { z } from 'zod';
import { requireOwner, requireStaff } from '@/lib/auth';
import { prisma } from '@/lib/db';

const NewPlan = z.object({ clientId: z.string().cuid(), title: z.string().trim().min(1).max(120) });

// ok: missing-auth, missing-input-validation
export async function createPlan(formData: FormData) {
  const user = await requireStaff();
  const input = NewPlan.parse({ clientId: formData.get('clientId'), title: formData.get('title') });
  // ok: unscoped-tenant-query
  const client = await prisma.client.findFirst({ where: { id: input.clientId, studioId: user.studioId }, select: { id: true } });
  if (!client) throw new Error('Client not found');
  await prisma.plan.create({ data: { studioId: user.studioId, clientId: client.id, title: input.title, weeks: [] } });
  revalidatePath(`/clients/${client.id}`);
}

// ok: missing-auth
export async function archivePlan(formData: FormData) {
  await requireStaff();
  const planId = String(formData.get('planId'));
  // expect: unscoped-tenant-query
  await prisma.plan.update({ where: { id: planId }, data: { archived: true } });
  revalidatePath('/dashboard/plans');
}

// server actions are POST endpoints of their own: the dashboard page's session check does not cover them
// expect: missing-auth
export async function cancelBooking(bookingId: string) {
  await prisma.booking.update({ where: { id: bookingId }, data: { status: 'cancelled' } });
  revalidatePath('/dashboard/bookings');
}

// ok: missing-auth
// expect: missing-input-validation
export async function saveClientNotes(clientId: string, notes: string) {
  const user = await requireStaff();
  // ok: unscoped-tenant-query
  await prisma.client.updateMany({ where: { id: clientId, studioId: user.studioId }, data: { notes } });
  revalidatePath(`/clients/${clientId}`);
}

// ok: missing-auth, missing-role-check
export async function impersonateCoach(coachId: string) {
  const owner = await requireOwner();
  // ok: unscoped-tenant-query
  const coach = await prisma.user.findFirst({ where: { id: coachId, studioId: owner.studioId }, select: { id: true } });
  if (!coach) throw new Error('Coach not found');
  const token = await new SignJWT({ sub: coach.id, act: owner.id })
    .setProtectedHeader({ alg: 'HS256' })
    .setExpirationTime('30m')
    .sign(new TextEncoder().encode(process.env.IMPERSONATION_SECRET));
  // expect: insecure-cookie
  cookies().set('impersonation_token', token, { path: '/' });
  // ok: insecure-cookie
  cookies().set('impersonating', coach.id, { httpOnly: true, secure: true, sameSite: 'lax', path: '/' });
}
