import { NextFunction, Request, Response } from 'express';
import { EventService } from '../services/events.service';

export class EventController {
  public event = new EventService();

  public getEvents = async (req: Request, res: Response, next: NextFunction) => {
    try {
      res.status(200).json({ data: await this.event.findAll() });
    } catch (error) {
      next(error);
    }
  };

  public getEventById = async (req: Request, res: Response, next: NextFunction) => {
    try {
      res.status(200).json({ data: await this.event.findById(Number(req.params.id)) });
    } catch (error) {
      next(error);
    }
  };

  public createEvent = async (req: Request, res: Response, next: NextFunction) => {
    try {
      res.status(201).json({ data: await this.event.create(req.body) });
    } catch (error) {
      next(error);
    }
  };
}
