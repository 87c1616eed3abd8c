import { Request, Response } from 'express';
import { AppDataSource } from '../data-source';
import { Quote } from '../entities/Quote';

export async function viewSharedQuote(req: Request, res: Response) {
  const quote = await AppDataSource.getRepository(Quote).findOne({
    where: { shareToken: req.params.shareToken },
    relations: { lines: true },
  });
  if (!quote) return res.status(404).json({ error: 'not_found' });
  res.json({ number: quote.number, currency: quote.currency, totalCents: quote.totalCents, lines: quote.lines, validUntil: quote.validUntil });
}

export function health(_req: Request, res: Response) {
  res.json({ status: 'ok', uptime: process.uptime() });
}
