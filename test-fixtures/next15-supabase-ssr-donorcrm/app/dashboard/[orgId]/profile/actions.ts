'use server';

import { z } from 'zod';
import { createClient } from '@/lib/supabase/server';

const ProfileForm = z.object({ displayName: z.string().min(1).max(80), phone: z.string().max(30).optional() });

type State = { ok?: boolean; error?: string };

// ok: missing-auth, missing-input-validation
export async function updateProfile(_prev: State, formData: FormData): Promise<State> {
  const supabase = await createClient();
  const {
    data: { user },
  } = await supabase.auth.getUser();
  if (!user) return { error: 'Please sign in again' };
  const parsed = ProfileForm.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: 'Check the highlighted fields' };
  const { error } = await supabase.auth.updateUser({ data: parsed.data });
  // expect: error-details-leak
  if (error) return { error: error.message };
  return { ok: true };
}
