const prefix = '/journey';

// the sign-in flow's paths, kept in one frozen table
export const signInRoutes = Object.freeze({
  prefix,
  identification: `${prefix}/identification`,
  verification: `${prefix}/verification`,
});

export const accountApiPrefix = '/my-account';
