const express = require("express");
const cors = require("cors");
const { systemEndpoints } = require("./endpoints/system");
const { memoryEndpoints } = require("./endpoints/memory");
const { noteEndpoints } = require("./endpoints/notes");
const { adminEndpoints } = require("./endpoints/admin");
const { connectorEndpoints } = require("./endpoints/connectors");
const { apiKeyEndpoints } = require("./endpoints/apiKeys");
const { shareEndpoints } = require("./endpoints/share");

const app = express();
const apiRouter = express.Router();
const allowedOrigins = (process.env.ALLOWED_ORIGINS || "http://localhost:3000").split(",");

app.use(cors({ origin: allowedOrigins, credentials: true }));
app.use(express.json({ limit: "2mb" }));

systemEndpoints(apiRouter);
memoryEndpoints(apiRouter);
noteEndpoints(apiRouter);
adminEndpoints(apiRouter);
connectorEndpoints(apiRouter);
apiKeyEndpoints(apiRouter);
shareEndpoints(apiRouter);
app.use("/api", apiRouter);

app.listen(process.env.SERVER_PORT || 3001, () => {
  console.log(`Server listening on port ${process.env.SERVER_PORT || 3001}`);
});
