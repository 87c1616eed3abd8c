import { fail } from '@sveltejs/kit';
import { z } from 'zod';
import { prisma } from '$lib/server/db';
import { authLimiter } from '$lib/server/limits';
import { sendResetMail } from '$lib/server/mail';
import type { Actions } from './$types';

export const actions: Actions = {
  // ok: missing-auth, missing-rate-limit
  default: async (event) => {
    if (await authLimiter.isLimited(event)) return fail(429, { message: 'Try again later' });
    const email = z.string().email().safeParse((await event.request.formData()).get('email'));
    if (!email.success) return fail(400, { message: 'Enter an email address' });
    const user = await prisma.user.findUnique({ where: { email: email.data }, select: { id: true, email: true } });
    if (user) await sendResetMail(user);
    return { sent: true };
  },
};
