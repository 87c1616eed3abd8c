import type { Request, Response } from 'express';
import { prisma } from '../lib/prisma.js';

export const readingController = {
  async create(req: Request, res: Response) {
    const { organizationId } = req.apiClient!;
    // ok: unscoped-tenant-query
    const sample = await prisma.sample.findFirst({ where: { id: req.body.sampleId, organizationId } });
    if (!sample) return res.status(404).json({ error: 'Unknown sample' });
    const reading = await prisma.reading.create({ data: { ...req.body, organizationId } });
    res.status(201).json(reading);
  },
};
