import type { Route } from "./+types/home";

export function meta({}: Route.MetaArgs) {
  return [{ title: "Tally: expenses without the spreadsheet" }];
}

// ok: missing-auth
export function loader() {
  return {
    testimonials: [
      { quote: "Month-end close went from three days to one afternoon.", author: "Finance lead, Northwind" },
      { quote: "Receipts finally live next to the expense.", author: "Ops, Contoso" },
    ],
  };
}

export default function Home({ loaderData }: Route.ComponentProps) {
  return <main>{loaderData.testimonials.map((t) => <blockquote key={t.author}>{t.quote}</blockquote>)}</main>;
}
