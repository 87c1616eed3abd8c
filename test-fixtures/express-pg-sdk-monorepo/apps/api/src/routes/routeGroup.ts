import type { Router } from 'express';

/** Each group registers its routes on the router it is constructed with. */
export abstract class RouteGroup {
  constructor(protected readonly router: Router) {}

  abstract register(): void;
}
