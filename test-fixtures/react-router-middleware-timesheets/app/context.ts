import { createContext } from 'react-router';

export type SessionUser = { id: string; email: string; role: string; companyId: string };

export const userContext = createContext<SessionUser>();
