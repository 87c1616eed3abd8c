import { NextFunction, Response } from 'express';
import { RequestWithUser } from '../interfaces/auth.interface';
import { TicketService } from '../services/tickets.service';

export class TicketController {
  public ticket = new TicketService();

  public getMyTickets = async (req: RequestWithUser, res: Response, next: NextFunction) => {
    try {
      res.status(200).json({ data: await this.ticket.findMine(req.user.id) });
    } catch (error) {
      next(error);
    }
  };

  public getTicket = async (req: RequestWithUser, res: Response, next: NextFunction) => {
    try {
      res.status(200).json({ data: await this.ticket.findById(Number(req.params.id)) });
    } catch (error) {
      next(error);
    }
  };

  public bookTicket = async (req: RequestWithUser, res: Response, next: NextFunction) => {
    try {
      res.status(201).json({ data: await this.ticket.book(req.user.id, Number(req.params.eventId), req.body.seat) });
    } catch (error) {
      next(error);
    }
  };

  public cancelTicket = async (req: RequestWithUser, res: Response, next: NextFunction) => {
    try {
      const { count } = await this.ticket.cancel(Number(req.params.id), req.user.id);
      res.sendStatus(count ? 204 : 404);
    } catch (error) {
      next(error);
    }
  };
}
