import { connectDb } from '@/lib/db';
import { TutorProfile } from '@/models/Tutor';

type Props = { tutors: { _id: string; displayName: string; subjects: string[] }[] };

// the public "meet our tutors" page
// ok: missing-auth
export async function getServerSideProps({ query }: { query: { subject?: string } }) {
  await connectDb();
  // ok: unscoped-tenant-query
  const tutors = await TutorProfile.find({ visibility: 'public', ...(query.subject ? { subjects: query.subject } : {}) })
    .select('displayName subjects')
    .lean();
  return { props: { tutors: JSON.parse(JSON.stringify(tutors)) } };
}

export default function TutorsPage({ tutors }: Props) {
  return (
    <ul>
      {tutors.map((t) => (
        <li key={t._id}>
          {t.displayName} ({t.subjects.join(', ')})
        </li>
      ))}
    </ul>
  );
}
