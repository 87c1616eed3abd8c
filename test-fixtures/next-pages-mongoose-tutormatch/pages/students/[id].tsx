import type { GetServerSideProps } from 'next';
import { getServerSession } from 'next-auth/next';
import { authOptions } from '@/lib/auth';
import { connectDb } from '@/lib/db';
import { Student } from '@/models/Student';

type Props = { student: { _id: string; firstName: string; lastName: string; subjects: string[] } };

// ok: missing-auth
export const getServerSideProps: GetServerSideProps<Props> = async (ctx) => {
  const session = await getServerSession(ctx.req, ctx.res, authOptions);
  if (!session) return { redirect: { destination: '/login', permanent: false } };
  await connectDb();
  // ok: unscoped-tenant-query
  const student = await Student.findOne({ _id: ctx.params?.id, agencyId: session.user.agencyId }).lean();
  if (!student) return { notFound: true };
  return { props: { student: JSON.parse(JSON.stringify(student)) } };
};

export default function StudentPage({ student }: Props) {
  return (
    <main>
      <h1>
        {student.firstName} {student.lastName}
      </h1>
      <ul>
        {student.subjects.map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ul>
    </main>
  );
}
