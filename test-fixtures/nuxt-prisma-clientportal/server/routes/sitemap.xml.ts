const PAGES = ['/', '/pricing', '/login', '/register']

// ok: missing-auth
export default defineEventHandler((event) => {
  setResponseHeader(event, 'content-type', 'application/xml')
  const urls = PAGES.map((p) => `<url><loc>https://portal.example.com${p}</loc></url>`).join('')
  return `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${urls}</urlset>`
})
