export interface AuthUser {
  uid: string;
  email: string;
}
