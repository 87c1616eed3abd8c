'use server';

import { revalidatePath } from 'next/cache';
import { prisma } from '@/lib/prisma';

// posted to /dashboard/rooms, which the next-auth middleware covers: the caller is signed in,
// but the room is picked by the form, in any workspace
// ok: missing-auth
// expect: missing-input-validation
export async function renameRoomFromDashboard(formData: FormData) {
  const roomId = String(formData.get('roomId') ?? '');
  const name = String(formData.get('name') ?? '').slice(0, 80);
  // expect: unscoped-tenant-query
  await prisma.room.update({ where: { id: roomId }, data: { name } });
  revalidatePath('/dashboard/rooms');
}
