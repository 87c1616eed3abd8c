import { redirect } from 'next/navigation';
import { prisma } from '@/lib/db';
import { getSession } from '@/lib/session';
import { ThemeToggle } from '@/components/ThemeToggle';
import { uploadAvatar } from '@/app/actions/profile';

export default async function DashboardPage() {
  const session = await getSession();
  if (!session.userId) redirect('/login');
  const projects = await prisma.project.findMany({ where: { ownerId: session.userId }, orderBy: { createdAt: 'desc' } });
  return (
    <main>
      <ThemeToggle />
      <form action={uploadAvatar}>
        <input type="file" name="avatar" accept="image/*" />
        <button type="submit">Upload avatar</button>
      </form>
      <ul>
        {projects.map((p) => (
          <li key={p.id}>{p.title}</li>
        ))}
      </ul>
    </main>
  );
}
