import express from "express";
import projects from "./routes/projects";

const app = express();
app.use(express.json({ limit: "100kb" }));
app.use("/api", projects);

app.listen(Number(process.env.PORT ?? 4000));
