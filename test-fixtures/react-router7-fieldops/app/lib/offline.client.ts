type QueuedUpdate = { jobId: string; status: string; at: number };

export function queueOffline(update: QueuedUpdate) {
  const queue = JSON.parse(localStorage.getItem('fieldops:queue') ?? '[]') as QueuedUpdate[];
  queue.push(update);
  // ok: token-in-localstorage
  localStorage.setItem('fieldops:queue', JSON.stringify(queue));
}

export function rememberDevice(deviceSessionId: string) {
  // expect: token-in-localstorage
  sessionStorage.setItem('fieldops:deviceSession', deviceSessionId);
}
