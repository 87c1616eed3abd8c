import { Request, Response } from 'express';
import { AppDataSource } from '../data-source';
import { Quote } from '../entities/Quote';

export async function pipelineSummary(req: Request, res: Response) {
  const rows = await AppDataSource.getRepository(Quote)
    .createQueryBuilder('q')
    .select('q.status', 'status')
    .addSelect('SUM(q.totalCents)', 'totalCents')
    .addSelect('COUNT(*)', 'count')
    .where('q.organizationId = :org', { org: req.query.organizationId })
    .groupBy('q.status')
    .getRawMany();
  res.json(rows);
}
