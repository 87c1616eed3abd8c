import express, { Router } from 'express';
import session from 'express-session';

interface Mountable {
  router: Router;
}

export class Server {
  readonly app = express();

  constructor(private readonly controllers: Mountable[]) {
    this.app.use(express.json());
    // ok: insecure-cookie
    this.app.use(session({ secret: process.env.SESSION_SECRET as string, resave: false, saveUninitialized: false, cookie: { secure: true, httpOnly: true, sameSite: 'lax' } }));
    this.mount(controllers);
  }

  private mount(controllers: Mountable[]) {
    for (const controller of controllers) {
      this.app.use('/api', controller.router);
    }
  }

  start(port: number) {
    this.app.listen(port);
  }
}
