import { RouteGroup } from './routeGroup';

export class HealthRoutes extends RouteGroup {
  register() {
    // ok: missing-auth
    this.router.get('/health', (_req, res) => {
      res.json({ ok: true });
    });
  }
}
