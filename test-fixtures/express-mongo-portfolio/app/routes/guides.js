// help topics served under /help, kept in their own module
module.exports = ['getting-started', 'fees', 'taxes'];
