import { EventController } from '../controllers/events.controller';
import { CreateEventDto } from '../dtos/events.dto';
import { AuthMiddleware } from '../middlewares/auth.middleware';
import { ValidationMiddleware } from '../middlewares/validation.middleware';
import { BaseRoute } from './base.route';

export class EventRoute extends BaseRoute {
  public path = '/events';
  public event = new EventController();

  protected initializeRoutes() {
    // ok: missing-auth
    this.router.get(`${this.path}`, this.event.getEvents);
    // ok: missing-auth
    this.router.get(`${this.path}/:id(\\d+)`, this.event.getEventById);
    this.router.post(`${this.path}`, AuthMiddleware, ValidationMiddleware(CreateEventDto), this.event.createEvent);
  }
}
