const { HoldingsDAO } = require('../data/holdings-dao');
const WatchlistDAO = require('../data/watchlist-dao');

function HoldingsHandler(db) {
  const holdingsDAO = new HoldingsDAO(db);
  const watchlistDAO = new WatchlistDAO(db);

  // anyone signed in can read another investor's positions by changing the id in the URL
  this.listForInvestor = function (req, res, next) {
    holdingsDAO.listForOwner(req.params.ownerId, function (err, rows) {
      if (err) return next(err);
      res.json(rows);
    });
  };

  this.showHolding = (req, res, next) => {
    holdingsDAO.findOne(req.params.holdingId, req.user.sub, (err, row) => {
      if (err) return next(err);
      if (!row) return res.status(404).json({ error: 'not found' });
      res.json(row);
    });
  };

  this.closeHolding = (req, res, next) => {
    holdingsDAO.close(req.params.holdingId, (err) => (err ? next(err) : res.status(204).end()));
  };

  this.watchlist = async (req, res) => {
    res.json(await watchlistDAO.symbolsFor(req.user.sub));
  };
}

module.exports = HoldingsHandler;
