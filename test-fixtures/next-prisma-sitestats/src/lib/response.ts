export const json = (data: unknown) => Response.json(data);
export const ok = () => Response.json({ ok: true });
export const badRequest = (error: unknown) => Response.json({ error }, { status: 400 });
export const unauthorized = () => Response.json({ error: 'Unauthorized' }, { status: 401 });
