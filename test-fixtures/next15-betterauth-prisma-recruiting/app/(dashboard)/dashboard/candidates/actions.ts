'use server';

import { revalidatePath } from 'next/cache';
import { cookies, headers } from 'next/headers';
import { auth } from '@/lib/auth';
import { prisma } from '@/lib/prisma';
import { requireOrgSession } from '@/lib/session';
import { NoteInput, STAGES } from '@/lib/validation';

// ok: missing-auth, missing-input-validation
export async function addNote(input: { candidateId: string; body: string }) {
  const { user, organizationId } = await requireOrgSession();
  const data = NoteInput.parse(input);
  // ok: unscoped-tenant-query
  const candidate = await prisma.candidate.findFirst({ where: { id: data.candidateId, organizationId }, select: { id: true } });
  if (!candidate) throw new Error('Candidate not found');
  await prisma.note.create({ data: { ...data, organizationId, authorId: user.id } });
  revalidatePath(`/dashboard/candidates/${candidate.id}`);
}

// ok: missing-auth, missing-input-validation
export async function moveApplication(applicationId: string, stage: (typeof STAGES)[number]) {
  await requireOrgSession();
  if (!STAGES.includes(stage)) throw new Error('Unknown stage');
  // expect: unscoped-tenant-query
  await prisma.application.update({ where: { id: applicationId }, data: { stage } });
  revalidatePath('/dashboard/pipeline');
}

// expect: missing-input-validation
export async function createCandidate(formData: FormData) {
  const { organizationId } = await requireOrgSession();
  const candidate = await prisma.candidate.create({
    data: {
      organizationId,
      fullName: String(formData.get('fullName')),
      email: String(formData.get('email')),
      phone: formData.get('phone') ? String(formData.get('phone')) : null,
      source: String(formData.get('source') ?? 'manual'),
    },
  });
  revalidatePath('/dashboard/candidates');
  return candidate.id;
}

// the Slack bot's "quick reject" button calls this
// known gap: the middleware only tests that a better-auth session cookie is present (getSessionCookie, which better-auth documents as an optimistic check); the tool counts it as authentication for the pages under /dashboard, so a forged cookie reaches this action
// ok: missing-auth
export async function rejectApplication(applicationId: string) {
  // expect: unscoped-tenant-query
  await prisma.application.update({ where: { id: applicationId }, data: { stage: 'rejected' } });
  revalidatePath('/dashboard/pipeline');
}

// ok: missing-auth
export async function switchOrganization(organizationId: string) {
  const requestHeaders = await headers();
  const session = await auth.api.getSession({ headers: requestHeaders });
  if (!session) throw new Error('Unauthorized');
  await auth.api.setActiveOrganization({ headers: requestHeaders, body: { organizationId } });
  const cookieStore = await cookies();
  // ok: insecure-cookie
  cookieStore.set('ats_last_org', organizationId, { path: '/', maxAge: 60 * 60 * 24 * 365 });
}

// support staff view a recruiter's screen with a short-lived token from the support console
// ok: missing-auth
// expect: missing-role-check
export async function startImpersonation(token: string) {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) throw new Error('Unauthorized');
  const cookieStore = await cookies();
  // expect: insecure-cookie
  cookieStore.set('impersonation_token', token, { httpOnly: true, path: '/' });
}
