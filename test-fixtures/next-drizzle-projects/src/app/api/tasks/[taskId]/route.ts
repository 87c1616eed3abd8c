import { NextResponse } from 'next/server';
import { eq } from 'drizzle-orm';
import { db } from '@/db';
import { tasks } from '@/db/schema';

// forgot the session check the other handlers have
// expect: missing-auth
export async function GET(_req: Request, { params }: { params: { taskId: string } }) {
  const [task] = await db.select().from(tasks).where(eq(tasks.id, params.taskId)).limit(1);
  return NextResponse.json(task ?? null);
}
