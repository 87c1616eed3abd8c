import express, { Router } from 'express';
import { prisma } from '../lib/prisma';

export const paypalRouter = Router();

// PayPal Instant Payment Notification: trusts whatever is posted, never asks PayPal to validate it.
// expect: unverified-webhook
paypalRouter.post('/ipn', express.urlencoded({ extended: false }), async (req, res) => {
  const { txn_id, custom, payment_status } = req.body;
  if (payment_status === 'Completed') {
    await prisma.order.update({ where: { id: custom }, data: { status: 'paid', paypalTxnId: txn_id } });
  }
  res.sendStatus(200);
});
