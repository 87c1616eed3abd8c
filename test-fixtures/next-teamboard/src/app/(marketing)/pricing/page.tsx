export default function Pricing() {
  return <main>Free for small teams.</main>;
}
