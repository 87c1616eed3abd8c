import type { APIRoute } from 'astro';

// built once at build time: no request reaches it
export const prerender = true;

export const GET: APIRoute = ({ site }) =>
  new Response(`<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>${site}</loc></url></urlset>`, {
    headers: { 'Content-Type': 'application/xml' },
  });
