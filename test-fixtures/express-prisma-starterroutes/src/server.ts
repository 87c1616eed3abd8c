import { App } from './app';
import { EventRoute } from './routes/events.route';
import { IndexRoute } from './routes/index.route';
import { TicketRoute } from './routes/tickets.route';

const app = new App([new IndexRoute(), new EventRoute(), new TicketRoute()]);

app.listen();
