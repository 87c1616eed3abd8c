import express from 'express';
import cookieParser from 'cookie-parser';
import helmet from 'helmet';
import type { Controller } from './interfaces/controller.interface';
import { authMiddleware } from './middleware/auth.middleware';
import { errorMiddleware, notFound } from './middleware/error.middleware';

class App {
  public app: express.Application;
  public port: number;

  constructor(controllers: Controller[], port: number) {
    this.app = express();
    this.port = port;

    this.initializeMiddlewares();
    this.initializeControllers(controllers);
    this.initializeErrorHandling();
  }

  public listen() {
    this.app.listen(this.port, () => {
      console.log(`App listening on the port ${this.port}`);
    });
  }

  private initializeMiddlewares() {
    this.app.use(helmet());
    this.app.use(express.json({ limit: '1mb' }));
    this.app.use(cookieParser());
    this.app.use(authMiddleware);
  }

  private initializeControllers(controllers: Controller[]) {
    controllers.forEach((controller) => {
      this.app.use('/', controller.router);
    });
  }

  private initializeErrorHandling() {
    this.app.use(notFound);
    this.app.use(errorMiddleware);
  }
}

export default App;
