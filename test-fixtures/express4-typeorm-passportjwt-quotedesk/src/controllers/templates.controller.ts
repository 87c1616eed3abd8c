import { Request, Response } from 'express';
import { TemplateService } from '../services/template.service';
import { AppError } from '../lib/errors';

export class TemplatesController {
  constructor(private readonly service = new TemplateService()) {}

  lines = async (req: Request, res: Response) => {
    res.json(await this.service.linesOf(req.user!, req.params.id));
  };

  peek = async (req: Request, res: Response) => {
    res.json(await this.service.peek(req.params.id));
  };

  clone = async (req: Request, res: Response) => {
    try {
      const copy = await this.service.cloneAsTemplate(req.user!, req.params.id);
      if (!copy) throw new AppError(404, 'Quote not found');
      res.status(201).json(copy);
    } catch (err) {
      // ok: error-details-leak
      if (err instanceof AppError) return res.status(err.statusCode).json({ error: err.message });
      // expect: error-details-leak
      res.status(500).json({ error: 'clone_failed', reason: String(err) });
    }
  };
}
