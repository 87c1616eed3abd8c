'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';

// Called by client components after a mutation elsewhere has finished: they only drop cached pages.
// ok: missing-auth
export async function refreshBoards() {
  revalidatePath('/boards');
}

// ok: missing-auth
export async function refreshAfterTeamSwitch() {
  revalidatePath('/', 'layout');
  redirect('/boards');
}
