// @ts-nocheck -- the editor test runs without node_modules
import { Router } from 'express';
import { prisma } from '../db';

export const reports = Router();

reports.get('/revenue', async (req, res) => {
  res.json(await prisma.invoice.findMany({ where: { orgId: String(req.query.org) } }));
});
