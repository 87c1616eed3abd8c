import supertokens from 'supertokens-node';
import Session from 'supertokens-node/recipe/session';
import EmailPassword from 'supertokens-node/recipe/emailpassword';
import UserRoles from 'supertokens-node/recipe/userroles';

export function initSupertokens(): void {
  supertokens.init({
    framework: 'express',
    supertokens: {
      connectionURI: process.env.SUPERTOKENS_CONNECTION_URI ?? 'http://localhost:3567',
      apiKey: process.env.SUPERTOKENS_API_KEY,
    },
    appInfo: {
      appName: 'TutorMarket',
      apiDomain: process.env.API_DOMAIN ?? 'http://localhost:4000',
      websiteDomain: process.env.WEB_DOMAIN ?? 'http://localhost:5173',
      apiBasePath: '/auth',
    },
    recipeList: [
      EmailPassword.init(),
      Session.init({ cookieSecure: process.env.NODE_ENV === 'production', cookieSameSite: 'lax' }),
      UserRoles.init(),
    ],
  });
}
