const HoldingsHandler = require('./holdings');
const helpTopics = require('./guides');
const reportRunners = require('./reports');
const { requireUser } = require('../middleware/auth');

const PUBLIC_PAGES = ['about', 'pricing', 'security'];

module.exports = function (app, db) {
  const holdingsHandler = new HoldingsHandler(db);

  for (const page of PUBLIC_PAGES) {
    app.get(`/${page}`, (req, res) => res.render(page));
  }
  helpTopics.forEach((topic) => {
    app.get(`/help/${topic}`, (req, res) => res.render('help', { topic }));
  });

  app.get('/investors/:ownerId/holdings', requireUser, holdingsHandler.listForInvestor);
  app.get('/holdings/:holdingId', requireUser, holdingsHandler.showHolding);
  app.delete('/holdings/:holdingId', requireUser, holdingsHandler.closeHolding);
  app.get('/watchlist', requireUser, holdingsHandler.watchlist);

  const runners = reportRunners(db);
  for (const [name, run] of Object.entries({ rebalance: runners.rebalance, dividends: runners.dividends })) {
    // expect: missing-auth
    app.post('/reports/' + name, run);
  }
  const statementsByFormat = { csv: (req, res) => res.type('csv').send(''), pdf: (req, res) => res.type('pdf').send('') };
  Object.keys(statementsByFormat).forEach((format) => {
    app.get(`/statements/${format}`, requireUser, statementsByFormat[format]);
  });
};
