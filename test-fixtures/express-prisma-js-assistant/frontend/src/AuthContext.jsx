import React, { createContext, useState } from "react";

export const AUTH_USER = "assistant_user";
export const AUTH_TOKEN = "assistant_authToken";

export const AuthContext = createContext(null);

export function AuthProvider({ children }) {
  const [store, setStore] = useState(() => ({
    user: JSON.parse(localStorage.getItem(AUTH_USER) || "null"),
    authToken: localStorage.getItem(AUTH_TOKEN),
  }));

  const [actions] = useState({
    updateUser: (user, authToken = "") => {
      // ok: token-in-localstorage
      localStorage.setItem(AUTH_USER, JSON.stringify(user));
      // expect: token-in-localstorage
      localStorage.setItem(AUTH_TOKEN, authToken);
      setStore({ user, authToken });
    },
    unsetUser: () => {
      localStorage.removeItem(AUTH_USER);
      localStorage.removeItem(AUTH_TOKEN);
      setStore({ user: null, authToken: null });
    },
  });

  return <AuthContext.Provider value={{ store, actions }}>{children}</AuthContext.Provider>;
}
