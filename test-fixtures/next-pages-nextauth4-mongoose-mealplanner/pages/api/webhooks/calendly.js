import dbConnect from '../../../lib/mongodb';
import Client from '../../../models/Client';

// Calendly posts invitee.created when a client books a consultation
// expect: unverified-webhook
export default async function handler(req, res) {
  if (req.method !== 'POST') return res.status(405).end();
  await dbConnect();
  const { event, payload } = req.body;
  if (event === 'invitee.created') {
    await Client.updateOne(
      { email: payload.email, practice: payload.tracking.utm_content },
      { $set: { goals: payload.questions_and_answers?.[0]?.answer } }
    );
  }
  res.status(200).json({ ok: true });
}
