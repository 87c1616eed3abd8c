import type { Request, Response } from 'express';
import { offersService, type OffersService } from '../services/offers.service.js';

export class OffersController {
  constructor(private readonly offers: OffersService) {
    this.list = this.list.bind(this);
    this.show = this.show.bind(this);
    this.withdraw = this.withdraw.bind(this);
  }

  async list(req: Request, res: Response) {
    res.json(await this.offers.listForOrg(req.orgId!));
  }

  async show(req: Request, res: Response) {
    const offer = await this.offers.getOffer(req.params.applicationId);
    if (!offer) return res.status(404).json({ error: 'Not found' });
    res.json(offer);
  }

  async withdraw(req: Request, res: Response) {
    await this.offers.withdraw(req.orgId!, req.params.applicationId);
    res.status(204).end();
  }
}

export const offersController = new OffersController(offersService);
