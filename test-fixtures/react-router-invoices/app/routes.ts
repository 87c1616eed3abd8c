import { type RouteConfig, index, layout, prefix, route } from "@react-router/dev/routes";

export default [
  index("routes/home.tsx"),
  route("login", "routes/login.tsx"),
  layout("routes/dashboard/layout.tsx", [
    ...prefix("invoices", [
      index("routes/dashboard/invoices.tsx"),
      route(":invoiceId", "routes/dashboard/invoice.tsx"),
    ]),
    route("customers", "routes/dashboard/customers.tsx"),
  ]),
  route("settings", "routes/settings/layout.tsx", [route("team", "routes/settings/team.tsx")]),
  route("api/invoices.csv", "routes/api/export.ts"),
] satisfies RouteConfig;
