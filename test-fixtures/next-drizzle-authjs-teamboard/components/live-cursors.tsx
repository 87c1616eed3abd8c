'use client';

import { useEffect, useState } from 'react';
import { Redis } from '@upstash/redis';

const redis = new Redis({
  url: process.env.NEXT_PUBLIC_UPSTASH_REDIS_REST_URL!,
  // expect: public-env-secret
  token: process.env.NEXT_PUBLIC_UPSTASH_REDIS_REST_TOKEN!,
});

export function LiveCursors({ boardId }: { boardId: string }) {
  const [count, setCount] = useState(0);
  useEffect(() => {
    const t = setInterval(async () => {
      const n = await redis.scard(`board:${boardId}:viewers`);
      setCount(n);
    }, 5000);
    return () => clearInterval(t);
  }, [boardId]);
  return <span className="text-xs text-muted-foreground">{count} viewing</span>;
}
