import express from 'express';
import cors from 'cors';
import mongoose from 'mongoose';
import type Controller from './controllers/controller';
import { jwtAuth } from './middleware/auth';

class App {
  public app: express.Application;

  constructor(controllers: Controller[]) {
    this.app = express();
    this.connectToTheDatabase();
    this.initializeMiddlewares();
    this.initializeControllers(controllers);
  }

  public listen() {
    this.app.listen(process.env.PORT ?? 3000);
  }

  private initializeControllers(controllers: Controller[]) {
    controllers.forEach((controller) => {
      this.app.use(controller.path, controller.router);
    });
  }

  private initializeMiddlewares() {
    this.app.use(cors({ origin: process.env.WEB_ORIGIN, credentials: true }));
    this.app.use(express.json());
    this.app.use(jwtAuth.unless({ path: ['/auth/login', '/auth/signup', '/recipes/public'] }));
  }

  private connectToTheDatabase() {
    mongoose.connect(process.env.MONGO_URI as string);
  }
}

export default App;
