import { error } from '@sveltejs/kit';
import { prisma } from '$lib/server/prisma';
import type { Actions, PageServerLoad } from './$types';
import { stripe } from '$lib/server/stripe';
import { PUBLIC_SITE_URL } from '$env/static/public';

// ok: missing-auth
export const load: PageServerLoad = async ({ params, locals }) => {
  const course = await prisma.course.findFirst({
    where: { slug: params.slug, published: true },
    include: { lessons: { select: { title: true, position: true } } },
  });
  if (!course) error(404, 'Not found');
  const session = await locals.auth();
  // ok: unscoped-tenant-query
  const enrollment = session?.user?.id
    ? await prisma.enrollment.findFirst({ where: { courseId: course.id, userId: session.user.id } })
    : null;
  return { course, enrolled: !!enrollment };
};

export const actions: Actions = {
  checkout: async ({ params, locals, cookies }) => {
    const session = await locals.auth();
    if (!session?.user?.id) error(401, 'Sign in first');
    const course = await prisma.course.findFirst({ where: { slug: params.slug, published: true } });
    if (!course) error(404, 'Not found');
    const checkout = await stripe.checkout.sessions.create({
      mode: 'payment',
      line_items: [{ price_data: { currency: 'usd', unit_amount: course.priceCents, product_data: { name: course.title } }, quantity: 1 }],
      metadata: { courseId: course.id, userId: session.user.id },
      success_url: `${PUBLIC_SITE_URL}/dashboard`,
      cancel_url: `${PUBLIC_SITE_URL}/courses/${course.slug}`,
    });
    // expect: insecure-cookie
    cookies.set('checkout_session_token', checkout.id, { path: '/', httpOnly: false });
    return { url: checkout.url };
  },
};
