// @ts-nocheck -- the editor test runs without node_modules
import { Router } from 'express';
import { requireAuth } from '../auth';
import { prisma } from '../db';

export const invoices = Router();

invoices.get('/', requireAuth, async (req, res) => {
  res.json(await prisma.invoice.findMany({ where: { orgId: req.session.orgId } }));
});
