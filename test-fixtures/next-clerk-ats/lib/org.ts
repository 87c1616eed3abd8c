import { auth } from '@clerk/nextjs/server';
import { Prisma, type Organization } from '@prisma/client';
import { NextResponse } from 'next/server';
import { ZodError } from 'zod';
import { prisma } from './db';

export class HttpError extends Error {
  constructor(
    public readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

/**
 * Resolves the caller's active Clerk organization to our Organization row.
 * Throws HttpError(401) when there is no signed-in user or no active org.
 */
export async function requireOrg(): Promise<Organization> {
  const { userId, orgId } = auth();
  if (!userId || !orgId) {
    throw new HttpError(401, 'Unauthorized');
  }

  const org = await prisma.organization.findUnique({ where: { clerkOrgId: orgId } });
  if (!org) {
    // The Clerk webhook has not provisioned this organization (yet).
    throw new HttpError(401, 'Unknown organization');
  }
  return org;
}

export function requireUserId(): string {
  const { userId } = auth();
  if (!userId) {
    throw new HttpError(401, 'Unauthorized');
  }
  return userId;
}

/** Maps thrown errors in route handlers to JSON responses. */
export function errorResponse(err: unknown): NextResponse {
  if (err instanceof HttpError) {
    return NextResponse.json({ error: err.message }, { status: err.status });
  }
  if (err instanceof ZodError) {
    return NextResponse.json({ error: 'Invalid request', issues: err.flatten() }, { status: 400 });
  }
  if (err instanceof SyntaxError) {
    return NextResponse.json({ error: 'Malformed JSON body' }, { status: 400 });
  }
  if (err instanceof Prisma.PrismaClientKnownRequestError) {
    if (err.code === 'P2025') {
      return NextResponse.json({ error: 'Not found' }, { status: 404 });
    }
    if (err.code === 'P2002') {
      return NextResponse.json({ error: 'Already exists' }, { status: 409 });
    }
  }
  console.error('Unhandled route error', err);
  return NextResponse.json({ error: 'Internal Server Error' }, { status: 500 });
}
