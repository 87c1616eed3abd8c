export function meta() {
  return [{ title: 'FieldOps - scheduling for field service teams' }];
}

export function loader() {
  return { plans: [{ name: 'Starter', price: 29 }, { name: 'Crew', price: 99 }] };
}

export default function Home() {
  return <main><h1>FieldOps</h1><a href="/login">Sign in</a></main>;
}
