// ok: public-env-secret
const supabaseUrl: string = import.meta.env.VITE_SUPABASE_URL;

interface AvatarProps {
  path: string;
  name: string;
}

export function Avatar({ path, name }: AvatarProps) {
  const src = `${supabaseUrl}/storage/v1/object/public/avatars/${encodeURIComponent(path)}`;
  return <img className="avatar" src={src} alt={name} width={32} height={32} />;
}
