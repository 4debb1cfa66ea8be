import { startEmbeddedPostgres } from "../lib/db/embedded-postgres";
import pg from "pg";
const c = await startEmbeddedPostgres(".data/postgres");
const cl = new pg.Client({ connectionString: c.url.replace(/\/postgres$/, "/record") });
await cl.connect();
for (const sql of process.argv.slice(2)) { const r = await cl.query(sql); console.table(r.rows); }
await cl.end(); await c.stop();
