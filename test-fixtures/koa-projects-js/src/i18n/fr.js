'use strict';

// Labels for the sign-in form (French).
module.exports = {
  email: 'Adresse e-mail',
  // ok: hardcoded-secret
  password: 'Mot de passe',
  // ok: hardcoded-secret
  passwordHint: 'Au moins 12 caractères, dont 1 chiffre',
  // ok: hardcoded-secret
  newPassword: 'Nouveau-mot-de-passe',
};
