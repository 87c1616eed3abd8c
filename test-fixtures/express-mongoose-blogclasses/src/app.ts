import express from 'express';
import cookieParser from 'cookie-parser';
import type { Controller } from './interfaces';
import { errorMiddleware } from './middleware/error.middleware';

export class App {
  public app: express.Application;

  constructor(controllers: Controller[]) {
    this.app = express();
    this.app.use(express.json());
    this.app.use(cookieParser());
    this.initializeControllers(controllers);
    this.app.use(errorMiddleware);
  }

  private initializeControllers(controllers: Controller[]) {
    controllers.forEach((controller) => {
      this.app.use('/api', controller.router);
    });
  }

  public listen() {
    this.app.listen(Number(process.env.PORT ?? 3000));
  }
}
