import type { Request, Response } from 'express';
import { findInvoice, findInvoiceInWorkspace } from '@/services/invoiceService';
import { prisma } from '@/lib/prisma';

export async function showInvoice(req: Request, res: Response) {
  const invoice = await findInvoice(req.params.invoiceId);
  if (!invoice) return res.status(404).end();
  res.json(invoice);
}

export async function showScopedInvoice(req: Request, res: Response) {
  const { workspaceId, invoiceId } = req.params;
  const user = (req as any).user;
  // membership check on the client-sent workspace id, then every query is scoped to it
  if (!user.workspaceIds.includes(workspaceId)) return res.status(403).json({ message: 'Not a member' });
  const invoice = await findInvoiceInWorkspace(invoiceId, workspaceId);
  res.json(invoice);
}

export async function listWorkspaceExpenses(req: Request, res: Response) {
  const membership = await prisma.membership.findFirst({ where: { userId: (req as any).user.id, workspaceId: req.params.workspaceId } });
  if (!membership) return res.sendStatus(404);
  // ok: unscoped-tenant-query
  const expenses = await prisma.expense.findMany({ where: { workspaceId: req.params.workspaceId } });
  res.json(expenses);
}
