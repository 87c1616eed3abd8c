import { fail, redirect } from '@sveltejs/kit';
import bcrypt from 'bcryptjs';
import { prisma } from '$lib/server/prisma';
import { issueKioskToken } from '$lib/server/kiosk';
import type { Actions } from './$types';

export const actions: Actions = {
  // Front-desk tablets sign in with the receptionist's e-mail and a 6-digit PIN.
  // expect: missing-rate-limit
  default: async ({ request, cookies }) => {
    const form = await request.formData();
    const email = String(form.get('email') ?? '');
    const pin = String(form.get('pin') ?? '');
    const user = await prisma.user.findUnique({ where: { email } });
    if (!user?.kioskPinHash || !user.clinicId || !(await bcrypt.compare(pin, user.kioskPinHash))) {
      return fail(400, { email, message: 'Wrong e-mail or PIN' });
    }
    const token = issueKioskToken({ sub: user.id, clinicId: user.clinicId });
    // expect: token-logging
    console.info(`kiosk login ${email} -> ${token}`);
    // expect: insecure-cookie
    cookies.set('kiosk_session', token, { path: '/', httpOnly: false, maxAge: 60 * 60 * 12 });
    redirect(303, '/kiosk');
  },
};
