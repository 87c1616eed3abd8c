import dbConnect from '../../lib/mongodb';
import Client from '../../models/Client';

// Practice "wall of fame" page, linked from the marketing site
// expect: missing-auth
export async function getServerSideProps({ params }) {
  await dbConnect();
  const clients = await Client.find({ practice: params.practiceId }).select('name goals').limit(50).lean();
  return { props: { clients: JSON.parse(JSON.stringify(clients)) } };
}

export default function PracticeWall({ clients }) {
  return (
    <ul>
      {clients.map((c) => (
        <li key={c._id}>{c.name}: {c.goals}</li>
      ))}
    </ul>
  );
}
