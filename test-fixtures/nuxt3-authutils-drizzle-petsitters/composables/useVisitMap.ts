/** The map on the sitter's visit sheet, and the card form for extra walks. */
export function useVisitMap() {
  const {
    // ok: public-env-secret
    stripePublishableKey,
    // expect: public-env-secret
    mapsSecretKey,
  } = useRuntimeConfig().public;

  const tileUrl = (z: number, x: number, y: number) => `https://tiles.example-maps.io/${z}/${x}/${y}.png?key=${mapsSecretKey}`;
  return { tileUrl, stripePublishableKey };
}
