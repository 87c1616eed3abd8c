export async function lookupFood(query) {
  const res = await fetch(`https://api.nutrition.example/v2/foods?q=${encodeURIComponent(query)}`, {
    // expect: public-env-secret
    headers: { 'x-api-secret': process.env.NEXT_PUBLIC_NUTRITION_API_SECRET },
  });
  return res.json();
}
