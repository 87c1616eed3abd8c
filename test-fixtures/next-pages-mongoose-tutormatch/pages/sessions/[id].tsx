import { useEffect, useState } from 'react';
import { useRouter } from 'next/router';
import { meetingSignature } from '@/lib/video';

export default function LessonPage() {
  const { query } = useRouter();
  const [signature, setSignature] = useState<string | null>(null);

  useEffect(() => {
    if (typeof query.meeting === 'string') setSignature(meetingSignature(query.meeting, 0));
  }, [query.meeting]);

  return <main>{signature ? <div id="zoom-root" data-signature={signature} /> : <p>Loading lesson...</p>}</main>;
}
