import { decodeJwt } from 'jose';
import { db } from '@/server/db';

// The waiting-room tablet posts the QR code token printed on the appointment letter.
// expect: missing-auth
export async function POST(req: Request) {
  const { token } = (await req.json()) as { token: string };
  // expect: insecure-jwt
  const claims = decodeJwt(token) as { appointmentId?: string };
  if (!claims.appointmentId) return Response.json({ error: 'invalid code' }, { status: 400 });
  await db.appointment.update({ where: { id: claims.appointmentId }, data: { status: 'CHECKED_IN' } });
  return Response.json({ ok: true });
}
