import dbConnect from '../../lib/mongodb';
import Practice from '../../models/Practice';

// ok: missing-auth, missing-role-check
export async function getServerSideProps() {
  await dbConnect();
  const practices = await Practice.find().sort({ createdAt: -1 }).limit(100).lean();
  return { props: { practices: JSON.parse(JSON.stringify(practices)) } };
}

export default function AdminPractices({ practices }) {
  return (
    <ul>
      {practices.map((p) => (
        <li key={p._id}>{p.name} ({p.plan})</li>
      ))}
    </ul>
  );
}
