import App from './app';
import AdminController from './controllers/admin.controller';
import AuthController from './controllers/auth.controller';
import RecipesController from './controllers/recipes.controller';

const app = new App([new AuthController(), new RecipesController(), new AdminController()]);

app.listen();
