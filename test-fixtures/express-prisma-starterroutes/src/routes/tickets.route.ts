import { TicketController } from '../controllers/tickets.controller';
import { BookTicketDto } from '../dtos/events.dto';
import { AuthMiddleware } from '../middlewares/auth.middleware';
import { ValidationMiddleware } from '../middlewares/validation.middleware';
import { BaseRoute } from './base.route';

export class TicketRoute extends BaseRoute {
  public path = '/tickets';
  public ticket = new TicketController();

  protected initializeRoutes() {
    this.router.get(`${this.path}`, AuthMiddleware, this.ticket.getMyTickets);
    this.router.get(`${this.path}/:id(\\d+)`, AuthMiddleware, this.ticket.getTicket);
    this.router.post(`/events/:eventId(\\d+)/tickets`, AuthMiddleware, ValidationMiddleware(BookTicketDto), this.ticket.bookTicket);
    this.router.delete(`${this.path}/:id(\\d+)`, AuthMiddleware, this.ticket.cancelTicket);
  }
}
