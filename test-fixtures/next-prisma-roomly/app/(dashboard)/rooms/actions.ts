'use server';

import { revalidatePath } from 'next/cache';
import { getServerSession } from 'next-auth';
import { z } from 'zod';
import { authOptions } from '@/lib/auth';
import { prisma } from '@/lib/prisma';

const RenameSchema = z.object({ roomId: z.string().cuid(), name: z.string().min(1).max(60) });

export async function renameRoom(formData: FormData) {
  const session = await getServerSession(authOptions);
  if (!session) throw new Error('Not signed in');
  const { roomId, name } = RenameSchema.parse({ roomId: formData.get('roomId'), name: formData.get('name') });
  // ok: unscoped-tenant-query
  await prisma.room.updateMany({ where: { id: roomId, workspaceId: session.user.workspaceId }, data: { name } });
  revalidatePath('/dashboard/rooms');
}

// expect: missing-auth
export async function cancelBooking(bookingId: string) {
  await prisma.booking.delete({ where: { id: bookingId } });
  revalidatePath('/dashboard/rooms');
}

// expect: missing-input-validation
export async function moveBooking(bookingId: string, roomId: string) {
  const session = await getServerSession(authOptions);
  if (!session) throw new Error('Not signed in');
  // expect: unscoped-tenant-query
  const booking = await prisma.booking.findFirst({ where: { id: bookingId } });
  if (!booking) throw new Error('Not found');
  await prisma.booking.update({ where: { id: booking.id }, data: { roomId } });
  revalidatePath('/dashboard/rooms');
}
