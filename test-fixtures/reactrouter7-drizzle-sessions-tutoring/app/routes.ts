import { type RouteConfig, index, layout, prefix, route } from '@react-router/dev/routes';

export default [
  index('routes/home.tsx'),
  route('tutors/:tutorId', 'routes/tutor-profile.tsx'),
  route('login', 'routes/login.tsx'),
  route('signup', 'routes/signup.tsx'),
  route('logout', 'routes/logout.ts'),
  layout('routes/dashboard-layout.tsx', [
    route('lessons', 'routes/lessons.tsx'),
    route('lessons/:lessonId', 'routes/lesson.tsx'),
    route('students', 'routes/students.tsx'),
    route('settings/avatar', 'routes/avatar.tsx'),
    route('students/:studentId/notes', 'routes/student-notes.tsx'),
  ]),
  route('billing', 'routes/billing/layout.tsx', [
    index('routes/billing/index.tsx'),
    route('invoices/:invoiceId/void', 'routes/billing/void.tsx'),
  ]),
  route('admin', 'routes/admin/layout.tsx', [
    index('routes/admin/index.tsx'),
    route('tutors', 'routes/admin/tutors.tsx'),
  ]),
  ...prefix('api', [
    route('invoices/:invoiceId', 'routes/api/invoice.ts'),
    route('lesson-feed', 'routes/api/lesson-feed.ts'),
    route('lessons/:lessonId/summary', 'routes/api/lesson-summary.ts'),
    route('students/:studentId/lessons', 'routes/api/student-lessons.ts'),
    route('stripe/webhook', 'routes/api/stripe-webhook.ts'),
  ]),
] satisfies RouteConfig;
