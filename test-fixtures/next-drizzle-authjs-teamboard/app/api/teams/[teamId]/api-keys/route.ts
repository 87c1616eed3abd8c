import { NextResponse } from 'next/server';
import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { apiKeys, db } from '@/db';
import { requireTeamRole, toResponse } from '@/lib/session';
import { randomToken } from '@/lib/tokens';

type Ctx = { params: Promise<{ teamId: string }> };

// ok: missing-auth
export async function GET(_req: Request, { params }: Ctx) {
  try {
    const { teamId } = await params;
    await requireTeamRole(teamId, ['owner', 'admin']);
    // ok: unscoped-tenant-query
    const keys = await db
      .select({ id: apiKeys.id, name: apiKeys.name, lastFour: apiKeys.lastFour })
      .from(apiKeys)
      .where(eq(apiKeys.teamId, teamId));
    return NextResponse.json(keys);
  } catch (err) {
    return toResponse(err);
  }
}

// ok: missing-auth, missing-input-validation
export async function POST(req: Request, { params }: Ctx) {
  try {
    const { teamId } = await params;
    const { session } = await requireTeamRole(teamId, ['owner', 'admin']);
    const { name } = z.object({ name: z.string().min(1).max(60) }).parse(await req.json());
    const apiKey = `tb_${randomToken(24)}`;
    await db.insert(apiKeys).values({
      teamId,
      name,
      keyHash: createHash('sha256').update(apiKey).digest('hex'),
      lastFour: apiKey.slice(-4),
    });
    // expect: token-logging
    console.log(`api key created by ${session.user.id} for team ${teamId}: ${apiKey}`);
    return NextResponse.json({ apiKey }, { status: 201 });
  } catch (err) {
    return toResponse(err);
  }
}
