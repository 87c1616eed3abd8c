import type { Request, Response } from 'express';
import { sampleService } from '../services/sample.service.js';
import { sampleRepository } from '../repositories/sample.repository.js';
import { logger } from '../lib/logger.js';

export const sampleController = {
  async list(req: Request, res: Response) {
    res.json(await sampleService.list(req.user!, req.query.cursor as string | undefined));
  },

  async get(req: Request, res: Response) {
    res.json(await sampleService.get(req.user!, req.params.id));
  },

  async create(req: Request, res: Response) {
    res.status(201).json(await sampleService.create(req.user!, req.body));
  },

  async update(req: Request, res: Response) {
    res.json(await sampleService.update(req.params.id, req.body));
  },

  async remove(req: Request, res: Response) {
    await sampleService.remove(req.user!, req.params.id);
    res.status(204).end();
  },

  async label(req: Request, res: Response) {
    const info = await sampleRepository.labelInfo(req.params.id);
    if (!info) return res.status(404).json({ error: 'Sample not found' });
    res.json(info);
  },

  async addAttachment(req: Request, res: Response) {
    if (!req.file) return res.status(400).json({ error: 'No file' });
    res.status(201).json(await sampleService.addAttachment(req.user!, req.params.id, req.file));
  },

  async importManifest(req: Request, res: Response) {
    if (!req.file) return res.status(400).json({ error: 'No file' });
    try {
      const result = await sampleService.importManifest(req.user!, req.file.buffer.toString('utf8'));
      res.status(201).json({ imported: result.count });
    } catch (err) {
      logger.error({ err }, 'manifest import failed');
      // expect: error-details-leak
      res.status(500).json({ error: 'Import failed', reason: (err as Error).message });
    }
  },
};
