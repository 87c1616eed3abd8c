import { Outlet } from "react-router";

export default function AuthLayout() {
  return <div className="auth-card"><Outlet /></div>;
}
