import jwt from 'jsonwebtoken';

/** Signs in the seeded front-desk user for the e2e suites and reads back what the API issued. */
export class TestSession {
  token = '';

  async signIn(issue: () => Promise<string>) {
    this.token = await issue();
    return this.claims();
  }

  claims() {
    // the suite runs against a local API whose key pair comes from the test environment
    return jwt.verify(this.token, process.env.TEST_JWT_PUBLIC_KEY as string);
  }
}
