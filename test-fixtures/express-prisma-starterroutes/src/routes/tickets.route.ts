import { TicketController } from '../controllers/tickets.controller';
import { BookTicketDto } from '../dtos/events.dto';
import { ValidationMiddleware } from '../middlewares/validation.middleware';
import { ProtectedRoute } from './protected.route';

export class TicketRoute extends ProtectedRoute {
  public path = '/tickets';
  public ticket = new TicketController();

  protected initializeRoutes() {
    this.router.get(`${this.path}`, this.ticket.getMyTickets);
    this.router.get(`${this.path}/:id(\\d+)`, this.ticket.getTicket);
    // ok: missing-auth
    this.router.post(`/events/:eventId(\\d+)/tickets`, ValidationMiddleware(BookTicketDto), this.ticket.bookTicket);
    // ok: missing-auth
    this.router.delete(`${this.path}/:id(\\d+)`, this.ticket.cancelTicket);
  }
}
