import { Server } from './app';
import { SnippetsController } from './controllers/snippets';

const server = new Server([new SnippetsController()]);
server.start(Number(process.env.PORT ?? 8080));
