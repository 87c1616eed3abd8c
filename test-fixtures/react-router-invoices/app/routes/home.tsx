import type { Route } from "./+types/home";

export function meta({}: Route.MetaArgs) {
  return [{ title: "Invoicer" }];
}

// ok: missing-auth
export function loader() {
  return { plans: ["starter", "team", "enterprise"] };
}

export default function Home({ loaderData }: Route.ComponentProps) {
  return <ul>{loaderData.plans.map((p) => <li key={p}>{p}</li>)}</ul>;
}
