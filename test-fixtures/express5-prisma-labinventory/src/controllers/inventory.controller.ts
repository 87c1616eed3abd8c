import type { Request, Response } from 'express';
import { inventoryService } from '../services/inventory.service.js';

export const inventoryController = {
  async reagents(req: Request, res: Response) {
    res.json(await inventoryService.reagents(req.user!));
  },

  async lowStock(_req: Request, res: Response) {
    res.json(await inventoryService.lowStock());
  },

  async reagent(req: Request, res: Response) {
    res.json(await inventoryService.reagent(req.user!, req.params.id));
  },

  async adjustStock(req: Request, res: Response) {
    const { delta } = req.body;
    res.json(await inventoryService.adjustStock(req.user!, req.params.id, delta));
  },

  async bookings(req: Request, res: Response) {
    res.json(await inventoryService.bookingsFor(req.params.equipmentId));
  },

  async book(req: Request, res: Response) {
    res.status(201).json(await inventoryService.book(req.user!, req.params.equipmentId, req.body));
  },

  async cancelBooking(req: Request, res: Response) {
    await inventoryService.cancelBooking(req.user!, req.params.id);
    res.status(204).end();
  },
};
