import { type RouteConfig, index, layout, prefix, route } from "@react-router/dev/routes";
import { flatRoutes } from "@react-router/fs-routes";

export default [
  index("marketing/home.tsx"),
  route("pricing", "marketing/pricing.tsx"),
  layout("auth/layout.tsx", [
    route("login", "auth/login.tsx"),
    route("forgot-password", "auth/forgot-password.tsx"),
    route("reset-password/:token", "auth/reset-password.tsx"),
  ]),
  route("logout", "auth/logout.ts"),
  route("healthz", "api/healthz.ts"),
  ...prefix("api", [
    route("webhooks/stripe", "api/stripe-webhook.ts"),
    route("expenses/:expenseId/approve", "api/approve-expense.ts"),
  ]),
  // the signed-in app and the support console: file routes under app/routes/
  ...(await flatRoutes()),
] satisfies RouteConfig;
