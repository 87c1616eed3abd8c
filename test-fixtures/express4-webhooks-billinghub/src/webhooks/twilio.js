const express = require('express');
const twilio = require('twilio');
const { prisma } = require('../lib/clients');

const router = express.Router();
router.use(express.urlencoded({ extended: false }));

// Left in from a local debugging session.
// expect: hardcoded-secret
const authToken = process.env.TWILIO_AUTH_TOKEN || 'c81f4e2a9b7d03e56a1f9c4b2e8d7a05';

function publicUrl(req) {
  return `${process.env.PUBLIC_BASE_URL}${req.originalUrl}`;
}

// Delivery status callbacks: the Twilio signature is checked first.
// ok: unverified-webhook, missing-auth
router.post('/status', async (req, res) => {
  const signature = req.get('X-Twilio-Signature') || '';
  if (!twilio.validateRequest(authToken, signature, publicUrl(req), req.body)) {
    return res.status(403).send('forbidden');
  }
  await prisma.smsMessage.update({
    where: { sid: req.body.MessageSid },
    data: { status: req.body.MessageStatus },
  });
  res.type('text/xml').send('<Response/>');
});

// Inbound SMS: written straight to the inbox table, nobody checks it came from Twilio.
// expect: unverified-webhook
router.post('/incoming', async (req, res) => {
  const { MessageSid, Body, From } = req.body;
  await prisma.smsMessage.create({ data: { sid: MessageSid, status: 'received', body: Body, fromPhone: From } });
  const twiml = new twilio.twiml.MessagingResponse();
  twiml.message('Thanks, we got your message.');
  res.type('text/xml').send(twiml.toString());
});

// Voice call status: whoever wrote this thought validateRequest throws on a bad signature. It answers
// true/false, and the answer is dropped, so the update runs for any caller.
// expect: unverified-webhook
router.post('/voice-status', async (req, res) => {
  twilio.validateRequest(authToken, req.get('X-Twilio-Signature') || '', publicUrl(req), req.body);
  await prisma.smsMessage.upsert({
    where: { sid: req.body.CallSid },
    create: { sid: req.body.CallSid, status: req.body.CallStatus },
    update: { status: req.body.CallStatus },
  });
  res.type('text/xml').send('<Response/>');
});

module.exports = router;
