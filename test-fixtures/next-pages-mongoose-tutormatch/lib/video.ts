import { createHmac } from 'crypto';

// imported by pages/sessions/[id].tsx to join the lesson from the browser
export function meetingSignature(meetingNumber: string, role: 0 | 1) {
  const ts = Date.now() - 30000;
  const msg = Buffer.from(`${process.env.NEXT_PUBLIC_ZOOM_SDK_KEY}${meetingNumber}${ts}${role}`).toString('base64');
  // expect: public-env-secret
  const hash = createHmac('sha256', process.env.NEXT_PUBLIC_ZOOM_SDK_SECRET as string).update(msg).digest('base64');
  return Buffer.from(`${process.env.NEXT_PUBLIC_ZOOM_SDK_KEY}.${meetingNumber}.${ts}.${role}.${hash}`).toString('base64');
}
