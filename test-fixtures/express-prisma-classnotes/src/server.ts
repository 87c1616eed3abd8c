import App from './app';
import AuthController from './controllers/auth.controller';
import HealthController from './controllers/health.controller';
import NotebooksController from './controllers/notebooks.controller';
import UsersController from './controllers/users.controller';

const app = new App(
  [new HealthController(), new AuthController(), new NotebooksController(), new UsersController()],
  Number(process.env.PORT ?? 5000),
);

app.listen();
